package vn.gov.vhcv.desk.calendar;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The working-day calendar, for handlers and for checking dates by hand. */
@RestController
@RequestMapping("/api/calendar")
public class CalendarController {

  /** Which years have holiday data; a missing year is never silently treated as holiday-free. */
  public record CalendarStatus(java.util.Set<Integer> coveredYears, java.util.Set<Integer> missingYears, boolean complete,
      String warning) {}

  private final WorkingCalendar calendar;
  private final vn.gov.vhcv.desk.DeskClock clock;

  public CalendarController(WorkingCalendar calendar, vn.gov.vhcv.desk.DeskClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Covered years, and the years from last year to next year that have no holiday data (loudly). */
  @GetMapping("/status")
  public CalendarStatus status() {
    var missing = calendar.missingYears(clock.asClock());
    return new CalendarStatus(calendar.coveredYears(), missing, missing.isEmpty(), missing.isEmpty() ? null
        : "THIẾU DỮ LIỆU NGÀY NGHỈ cho năm " + missing + ": các hạn tính trong những năm này chỉ bỏ qua thứ Bảy, Chủ nhật "
            + "và có thể sai — bổ sung seeds/holidays.csv theo thông báo của Chính phủ");
  }

  @GetMapping("/add-working-days")
  public Map<String, String> addWorkingDays(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam int days) {
    if (days < 0 || days > 3660) {
      throw new IllegalArgumentException("days phải từ 0 đến 3660");
    }
    return Map.of("date", calendar.addWorkingDays(from, days).toString());
  }
}
