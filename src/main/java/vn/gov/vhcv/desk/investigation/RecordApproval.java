package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Ghi nhận ý kiến phê duyệt kết luận": a rejection sends the case back to verification with the leader's
 * instruction in its history. An approved conclusion resolves the case in the sense of its statutory resolution
 * period (Luật Tố cáo 2018 Điều 30, 35): the resolution clock is met; a discipline that follows runs on its own
 * clock (NĐ 172/2025).
 */
@Component("recordApproval")
public class RecordApproval implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseRepository cases;
  private final CaseClocks clocks;

  public RecordApproval(CaseSteps steps, CaseRepository cases, CaseClocks clocks) {
    this.steps = steps;
    this.cases = cases;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    ApprovalDecision decision = ApprovalDecision.valueOf(String.valueOf(execution.getVariable(APPROVAL_DECISION)).strip());
    if (decision == ApprovalDecision.REJECT) {
      cases.updateStatus(step.caseId(), CaseStatus.IN_VERIFICATION);
      step.record("CONCLUSION_REJECTED", "Lãnh đạo không duyệt kết luận: "
          + Decisions.text(execution.getVariable(APPROVAL_COMMENT)), "CONCLUSION_" + decision, null);
    } else {
      step.record("CONCLUSION_APPROVED", "Lãnh đạo duyệt kết luận", "CONCLUSION_" + decision, null);
      clocks.complete(step.caseId(), ClockKind.RESOLUTION);
      clocks.complete(step.caseId(), ClockKind.SECOND_INSTANCE); // the decision of a second-level case
    }
  }
}
