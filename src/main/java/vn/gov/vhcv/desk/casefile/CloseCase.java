package vn.gov.vhcv.desk.casefile;

import static vn.gov.vhcv.desk.casefile.CaseVariables.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.deadline.CaseClocks;
import vn.gov.vhcv.desk.deadline.ClockKind;

/** "Đóng hồ sơ": stops the clocks still running (resolution, discipline handling) and closes the case as resolved. Idempotent. */
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
    long caseId = (Long) execution.getVariable(CASE_ID);
    clocks.complete(caseId, ClockKind.RESOLUTION);
    clocks.complete(caseId, ClockKind.DISCIPLINE);
    cases.close(caseId, CaseStatus.RESOLVED);
  }
}
