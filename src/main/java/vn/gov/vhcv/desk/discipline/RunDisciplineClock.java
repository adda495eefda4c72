package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.casefile.CaseVariables.DISCIPLINE_DUE;
import static vn.gov.vhcv.desk.casefile.CaseVariables.DISCIPLINE_DUE_TEXT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.Complexity;
import vn.gov.vhcv.desk.clock.SlaPolicy;

/**
 * "Tính thời hạn xử lý kỷ luật" (NĐ 172/2025): the handling period runs from discovery — the day the approved
 * conclusion hands the breach to discipline — to the competent leader's decision: 90 days, extendable once to
 * 150 by a leader's decision (sla-policy.dmn). The first pass starts the clock; after a postponement (chưa xem
 * xét kỷ luật) the clock runs again with its due date moved by the days it stood still. Idempotent: a clock
 * that runs is left as it is; the due date is written to {@code disciplineDue} for the steps' due dates.
 */
@Component("runDisciplineClock")
public class RunDisciplineClock implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final SlaPolicy sla;
  private final DeskClock clock;

  public RunDisciplineClock(CaseRepository cases, CaseClocks clocks, SlaPolicy sla, DeskClock clock) {
    this.cases = cases;
    this.clocks = clocks;
    this.sla = sla;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    cases.updateStatus(caseId, vn.gov.vhcv.desk.casefile.CaseStatus.IN_DISCIPLINE);
    CaseClock running = clocks.find(caseId, ClockKind.DISCIPLINE)
        .map(c -> c.paused() ? clocks.resume(caseId, ClockKind.DISCIPLINE, "system") : c)
        .orElseGet(() -> clocks.start(caseId, clock.today(),
            sla.policy(cases.findById(caseId).orElseThrow().category(), ClockKind.DISCIPLINE, false, Complexity.NORMAL)));
    execution.setVariable(DISCIPLINE_DUE, clock.endOf(running.dueOn()));
    execution.setVariable(DISCIPLINE_DUE_TEXT, Dates.text(running.dueOn()));
  }
}
