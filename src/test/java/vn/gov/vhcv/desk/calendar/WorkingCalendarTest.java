package vn.gov.vhcv.desk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.DeskTest;

/** The working-day calendar against dates a Vietnamese lawyer would count by hand (holidays from seeds/holidays.csv). */
class WorkingCalendarTest extends DeskTest {

  @Autowired WorkingCalendar calendar;

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
      // an ordinary week: Fri + 1 = Mon
      "2026-11-27, 1, 2026-11-30",
      // Tết Bính Ngọ 2026: off 14/2–22/2 for the civil service
      "2026-02-12, 1, 2026-02-13",
      "2026-02-13, 1, 2026-02-23",
      "2026-02-12, 10, 2026-03-05",
      // Giỗ Tổ on Sunday 26/4/2026 is made up on Monday 27/4; 30/4 and 1/5 are off
      "2026-04-24, 1, 2026-04-28",
      "2026-04-29, 1, 2026-05-04",
      // year end: 1/1/2027 is a holiday
      "2026-12-31, 1, 2027-01-04",
      // 2025: Saturday 26/4 was worked in exchange for Friday 2/5
      "2025-04-25, 1, 2025-04-26",
      "2025-04-29, 1, 2025-05-05",
      // 2026: Saturday 10/1 is worked in exchange for Friday 2/1; Saturday 22/8 for Monday 31/8
      "2026-01-09, 1, 2026-01-10",
      "2025-12-31, 1, 2026-01-05",
      "2026-08-21, 1, 2026-08-22",
      "2026-08-28, 1, 2026-09-03",
      // zero days is the day itself
      "2026-06-10, 0, 2026-06-10"
  })
  void addsWorkingDays(LocalDate from, int days, LocalDate expected) {
    assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
  }

  @Test
  void calendarDayPeriodEndingOnAHolidayMovesToTheNextWorkingDay() {
    // 20 days after 25/1/2026 is Saturday 14/2, the first day of Tết: the period ends Monday 23/2
    assertThat(calendar.addCalendarDays(LocalDate.of(2026, 1, 25), 20)).isEqualTo(LocalDate.of(2026, 2, 23));
    assertThat(calendar.addCalendarDays(LocalDate.of(2026, 3, 2), 30)).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void calendarDayPeriodEndingOnASwappedDayOffOrAWorkingSaturday() {
    // 20 days after 11/8/2026 is Monday 31/8, swapped off for Saturday 22/8; 1–2/9 are National Day → Thursday 3/9
    assertThat(calendar.addCalendarDays(LocalDate.of(2026, 8, 11), 20)).isEqualTo(LocalDate.of(2026, 9, 3));
    // 30 days after 11/12/2025 is Saturday 10/1/2026, a working Saturday for the civil service: it ends that day
    assertThat(calendar.addCalendarDays(LocalDate.of(2025, 12, 11), 30)).isEqualTo(LocalDate.of(2026, 1, 10));
    // 30 days after 27/3/2026 is Sunday 26/4 (Giỗ Tổ), Monday 27/4 is its make-up day → Tuesday 28/4
    assertThat(calendar.addCalendarDays(LocalDate.of(2026, 3, 27), 30)).isEqualTo(LocalDate.of(2026, 4, 28));
  }

  @Test
  void seededYearsAreCoveredAndOthersAreReportedMissing() {
    assertThat(calendar.coveredYears()).contains(2025, 2026, 2027);
    assertThat(calendar.missingYears(java.time.Clock.fixed(java.time.Instant.parse("2031-06-01T00:00:00Z"),
        java.time.ZoneId.of("Asia/Ho_Chi_Minh")))).containsExactly(2030, 2031, 2032);
  }
}
