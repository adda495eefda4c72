package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.deadline.CaseClocks;
import vn.gov.vhcv.desk.deadline.ClockKind;

/**
 * "Đóng hồ sơ": stops the resolution clock (still running on paths without an approved conclusion) and closes the
 * case as resolved. A discipline's clock is stopped by the discipline itself (decision or time bar). Idempotent.
 */
@Component("closeCase")
public class CloseCase implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;

  public CloseCase(CaseRepository cases, CaseClocks clocks) {
    this.cases = cases;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    clocks.complete(caseId, ClockKind.RESOLUTION);
    clocks.complete(caseId, ClockKind.SECOND_INSTANCE); // a second-level case runs this clock instead
    cases.close(caseId, CaseStatus.RESOLVED);
  }
}
