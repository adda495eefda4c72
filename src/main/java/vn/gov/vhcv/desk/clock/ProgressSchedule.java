package vn.gov.vhcv.desk.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;

/**
 * When the next "Thông tin tiến độ" to the complainant is due while a clock is overdue: at 07:30 of the
 * {@value #WORKING_DAYS}th working day after the due day, then {@value #WORKING_DAYS} working days after the
 * day the previous one was sent (on the civil-service calendar of {@link WorkingCalendar}).
 */
@Component
public class ProgressSchedule {

  public static final int WORKING_DAYS = 7;
  static final LocalTime AT = LocalTime.of(7, 30);
  /** Process variables of the watch: the last round sent and the day it was sent. */
  static final String ROUND = "progressRound";
  static final String SENT_ON = "progressSentOn";

  private final WorkingCalendar calendar;
  private final DeskClock clock;

  public ProgressSchedule(WorkingCalendar calendar, DeskClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The moment the next notice is due, given the day the last one was sent (null: none yet). */
  public Instant next(CaseClock c, LocalDate lastSentOn) {
    LocalDate from = lastSentOn == null || lastSentOn.isBefore(c.dueOn()) ? c.dueOn() : lastSentOn;
    return calendar.addWorkingDays(from, WORKING_DAYS).atTime(AT).atZone(clock.zone()).toInstant();
  }

  static LocalDate sentOn(Object variable) {
    return variable instanceof String s && !s.isBlank() ? LocalDate.parse(s) : null;
  }

  static int round(Object variable) {
    return variable instanceof Number n ? n.intValue() : 0;
  }
}
