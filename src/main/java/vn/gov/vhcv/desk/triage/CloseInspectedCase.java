package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.deadline.CaseClocks;
import vn.gov.vhcv.desk.deadline.ClockKind;

/** "Đóng hồ sơ kiểm tra": an anonymous letter has no statutory clock to keep; nobody to notify. Idempotent. */
@Component("closeInspectedCase")
public class CloseInspectedCase implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;

  public CloseInspectedCase(CaseRepository cases, CaseClocks clocks) {
    this.cases = cases;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
    cases.close(caseId, CaseStatus.RESOLVED);
  }
}
