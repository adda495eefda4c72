package vn.gov.vhcv.desk.clock;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** Due and follow-up dates for BPMN expressions and Tasklist filters ({@code ${deadlines.…}}). */
@Component("deadlines")
public class Deadlines {

  private final WorkingCalendar calendar;
  private final DeskClock clock;
  private final CaseClocks clocks;
  private final CaseRepository cases;

  public Deadlines(WorkingCalendar calendar, DeskClock clock, CaseClocks clocks, CaseRepository cases) {
    this.calendar = calendar;
    this.clock = clock;
    this.clocks = clocks;
    this.cases = cases;
  }

  /** End of the day that is {@code days} working days after today. */
  public Date workingDaysFromNow(int days) {
    return clock.endOf(calendar.addWorkingDays(clock.today(), days));
  }

  /**
   * End of the last day of a period of {@code days} calendar days from today; a period that ends on a rest day or
   * a holiday ends on the next working day (BLDS 2015 Điều 148 khoản 5).
   */
  public Date calendarDaysFromNow(int days) {
    return clock.endOf(calendar.addCalendarDays(clock.today(), days));
  }

  /**
   * As {@link #workingDaysFromNow(int)}, but never later than {@code limit} (a statutory clock's due date, e.g.
   * {@code disciplineDue}): a step is not due after the deadline of the whole. A task due on the clock's due date
   * moves with it when the clock is extended or resumed ({@link ClockWatchSignals}).
   */
  public Date workingDaysFromNowWithin(int days, Date limit) {
    Date own = workingDaysFromNow(days);
    return limit == null || own.before(limit) ? own : limit;
  }

  /**
   * Follow-up date of a task due at {@code due}: when 75 % of the period of the case's clock that ends on
   * that day is used (the clock's own period, not the time left from now). Without such a clock (a task
   * whose due date is not a statutory clock's), 75 % of the time from now to {@code due}.
   */
  public Date followUp(VariableScope scope, Date due) {
    if (due == null) {
      return null;
    }
    var caseId = scope == null ? java.util.Optional.<Long>empty() : cases.findCaseIdOf(scope);
    if (caseId.isPresent()) {
      long id = caseId.get();
      LocalDate dueDay = due.toInstant().atZone(clock.zone()).toLocalDate();
      var match = clocks.ofCase(id).stream().filter(c -> c.dueOn().equals(dueDay)).findFirst();
      if (match.isPresent()) {
        return followUp(match.get(), due);
      }
    }
    long now = clock.now().toEpochMilli();
    long span = Math.max(0, due.getTime() - now);
    return new Date(now + span * 3 / 4);
  }

  /** 75 % (the clock's AT_RISK threshold) of the clock's period from its start to {@code due}. */
  Date followUp(CaseClock c, Date due) {
    LocalDate start = c.startedOn();
    LocalDate dueDay = due.toInstant().atZone(clock.zone()).toLocalDate();
    LocalDate atRisk = SlaRule.atRiskOn(start, dueDay, c.riskPercent() == 0 ? 75 : c.riskPercent());
    return Date.from(atRisk.atTime(7, 30).atZone(clock.zone()).toInstant());
  }
}
