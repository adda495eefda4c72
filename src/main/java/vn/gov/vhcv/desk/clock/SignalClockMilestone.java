package vn.gov.vhcv.desk.clock;

import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.calendar.DayKind;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseSummaries;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.CaseVariables;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * "Gửi cảnh báo thời hạn": re-reads the clock and sends the highest warning whose moment has really come
 * and was not sent for this due date (a timer armed before a change that somehow still fires sends nothing).
 * At breach it prepares the escalation to the superior ({@code escalate}). Idempotent: the clock remembers
 * the level it sent and the outbox deduplicates.
 */
@Component("signalClockMilestone")
public class SignalClockMilestone implements JavaDelegate {

  private final CaseClocks clocks;
  private final CaseRepository cases;
  private final DeadlineNotices notices;
  private final SlaPolicy policy;
  private final WorkingCalendar calendar;
  private final ReferenceData reference;
  private final DeskClock clock;
  private final CaseSummaries summaries;

  public SignalClockMilestone(CaseClocks clocks, CaseRepository cases, DeadlineNotices notices, SlaPolicy policy,
      WorkingCalendar calendar, ReferenceData reference, DeskClock clock, CaseSummaries summaries) {
    this.summaries = summaries;
    this.clocks = clocks;
    this.cases = cases;
    this.notices = notices;
    this.policy = policy;
    this.calendar = calendar;
    this.reference = reference;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("escalate", false);
    CaseClock k = clocks.watchedBy(execution).orElse(null);
    if (k == null || !k.open() || k.paused()) {
      return;
    }
    int reached = ClockMilestones.reached(k, clock.now(), clock.zone());
    if (reached <= ClockMilestones.notified(k)) {
      return; // stale: the moment this timer was armed for is no longer due
    }
    notices.warn(k, reached);
    clocks.markNotified(k.id(), reached, k.dueOn());
    if (reached >= ClockMilestones.BREACH) {
      prepareEscalation(execution, k);
    }
  }

  private void prepareEscalation(DelegateExecution execution, CaseClock k) {
    CaseRecord c = cases.findById(k.caseId()).orElseThrow();
    DeadlineNotices.Chain chain = notices.chainOf(c);
    boolean remote = reference.unit(c.unitCode()).map(ReferenceData.Unit::remoteArea).orElse(false);
    ClockPolicy escalation = policy.policy(c.category(), ClockKind.ESCALATION, remote, Complexity.NORMAL);
    execution.setVariable("escalate", true);
    execution.setVariable("superiorReportRequired", c.category() == Category.TO_CAO && k.kind() == ClockKind.RESOLUTION);
    execution.setVariable("escalationDue", clock.endOf(calendar.addWorkingDays(clock.today(), escalation.days())));
    execution.setVariable("escalationLegalBasis", escalation.legalBasis());
    execution.setVariable("superiorUnitCode", chain.superior().code());
    execution.setVariable("superiorUnitName", chain.superior().name());
    execution.setVariable("holderUnitName", chain.holder().name());
    execution.setVariable("daysOverdue", ChronoUnit.DAYS.between(k.dueOn(), clock.today()));
    execution.setVariable("dueText", Dates.text(k.dueOn()));
    execution.setVariable("clockText", k.kind().label() + ": " + k.periodDays()
        + (k.dayKind() == DayKind.WORKING ? " ngày làm việc" : " ngày") + " từ " + Dates.text(k.startedOn()));
    execution.setVariable("legalBasis", k.legalBasis());
    // the short summary only; the superior reads the letter on the case page (the form links to it)
    execution.setVariable(CaseVariables.CASE_SUMMARY, summaries.of(c));
  }
}
