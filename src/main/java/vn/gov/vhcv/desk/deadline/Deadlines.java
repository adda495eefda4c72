package vn.gov.vhcv.desk.deadline;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;

/** Due and follow-up dates for BPMN expressions ({@code ${deadlines.…}}). */
@Component("deadlines")
public class Deadlines {

  private final WorkingCalendar calendar;
  private final DeskClock clock;

  public Deadlines(WorkingCalendar calendar, DeskClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  /** End of the day that is {@code days} working days after today. */
  public Date workingDaysFromNow(int days) {
    return clock.endOf(calendar.addWorkingDays(clock.today(), days));
  }

  /** Follow-up date: when 75 % of the time from now to {@code due} has passed. */
  public Date followUp(VariableScope scope, Date due) {
    if (due == null) {
      return null;
    }
    long now = clock.now().toEpochMilli();
    long span = Math.max(0, due.getTime() - now);
    return new Date(now + span * 3 / 4);
  }
}
