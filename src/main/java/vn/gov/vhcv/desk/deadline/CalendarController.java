package vn.gov.vhcv.desk.deadline;

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

  private final WorkingCalendar calendar;

  public CalendarController(WorkingCalendar calendar) {
    this.calendar = calendar;
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
