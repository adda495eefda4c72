package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseVariables;
import vn.gov.vhcv.desk.casefile.Dates;

/**
 * "Yêu cầu báo cáo cấp trên": a tố cáo past its resolution deadline — the superior asks the resolver for a
 * report within 5 working days (Luật Tố cáo 2018 Điều 38), a clock of its own ({@code SUPERIOR_REPORT}).
 * Running it again keeps the running report clock.
 */
@Component("requestSuperiorReport")
public class RequestSuperiorReport implements JavaDelegate {

  private final CaseClocks clocks;
  private final CaseRepository cases;
  private final SlaPolicy policy;
  private final DeskClock clock;

  public RequestSuperiorReport(CaseClocks clocks, CaseRepository cases, SlaPolicy policy, DeskClock clock) {
    this.clocks = clocks;
    this.cases = cases;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    ClockPolicy report = policy.policy(c.category(), ClockKind.SUPERIOR_REPORT, false, Complexity.NORMAL);
    CaseClock k = clocks.find(caseId, ClockKind.SUPERIOR_REPORT).filter(CaseClock::open)
        .orElseGet(() -> clocks.start(caseId, clock.today(), report, true));
    execution.setVariable("superiorReportDue", clock.endOf(k.dueOn()));
    execution.setVariable("superiorReportDueText", Dates.text(k.dueOn()));
  }
}
