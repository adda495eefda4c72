package vn.gov.vhcv.desk.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The Vietnamese civil-service calendar: Monday to Friday, minus public holidays and the days off
 * the government announces, plus the Saturdays it swaps into working days. The exceptions are data
 * ({@code calendar_day}, loaded from {@code seeds/holidays.csv}); a period counted in days starts on
 * the day after the event (Bộ luật Dân sự 2015 Điều 147).
 */
@Service
public class WorkingCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

  private final JdbcClient jdbc;
  private volatile Map<LocalDate, CalendarDayKind> exceptions = Map.of();
  private volatile Set<Integer> coveredYears = Set.of();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  public WorkingCalendar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Re-reads the calendar exceptions; called after the seeds are loaded. */
  public synchronized void reload() {
    Map<LocalDate, CalendarDayKind> loaded = jdbc.sql("SELECT calendar_date, kind FROM calendar_day")
        .query((rs, i) -> Map.entry(rs.getObject(1, LocalDate.class), CalendarDayKind.valueOf(rs.getString(2))))
        .list().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    exceptions = loaded;
    coveredYears = loaded.keySet().stream().map(LocalDate::getYear).collect(Collectors.toUnmodifiableSet());
    warnedYears.clear();
  }

  public boolean isWorkingDay(LocalDate day) {
    checkCovered(day.getYear());
    CalendarDayKind kind = exceptions.get(day);
    if (kind != null) {
      return kind.isWorking();
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** The day on which a period of {@code days} working days that starts after {@code from} ends. */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate day = from;
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The last day of a period of {@code days} calendar days after {@code from}; when it falls on a
   * weekly rest day or a holiday the period ends on the next working day (Bộ luật Dân sự Điều 148).
   */
  public LocalDate addCalendarDays(LocalDate from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative");
    }
    LocalDate day = from.plusDays(days);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Working days strictly after {@code from} up to and including {@code to}. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /** Years (from last year to two years ahead of {@code clock}) that have no holiday data. */
  public Set<Integer> missingYears(Clock clock) {
    int year = LocalDate.now(clock).getYear();
    Set<Integer> missing = new TreeSet<>();
    for (int y = year - 1; y <= year + 1; y++) {
      if (!coveredYears.contains(y)) {
        missing.add(y);
      }
    }
    return missing;
  }

  public Set<Integer> coveredYears() {
    return new TreeSet<>(coveredYears);
  }

  private void checkCovered(int year) {
    if (!coveredYears.contains(year) && warnedYears.add(year)) {
      log.warn("THIẾU DỮ LIỆU NGÀY NGHỈ: năm {} không có dữ liệu ngày lễ trong seeds/holidays.csv — "
          + "các hạn tính trong năm này chỉ bỏ qua thứ Bảy, Chủ nhật và có thể sai", year);
    }
  }
}
