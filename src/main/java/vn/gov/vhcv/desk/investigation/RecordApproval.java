package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận ý kiến phê duyệt kết luận": a rejection sends the case back to verification with the leader's
 * instruction in its history. An approved conclusion resolves the case in the sense of its statutory resolution
 * period (Luật Tố cáo 2018 Điều 30, 35): the resolution clock is met; a discipline that follows runs on its own
 * clock (NĐ 172/2025).
 */
@Component("recordApproval")
public class RecordApproval implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;
  private final CaseClocks clocks;

  public RecordApproval(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors, CaseClocks clocks) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String actor = actors.current();
    ApprovalDecision decision = ApprovalDecision.valueOf(String.valueOf(execution.getVariable(APPROVAL_DECISION)).strip());
    boolean written;
    if (decision == ApprovalDecision.REJECT) {
      cases.updateStatus(caseId, CaseStatus.IN_VERIFICATION);
      written = history.recordStep(execution, caseId, "CONCLUSION_REJECTED",
          "Lãnh đạo không duyệt kết luận: " + Decisions.text(execution.getVariable(APPROVAL_COMMENT)), actor);
    } else {
      written = history.recordStep(execution, caseId, "CONCLUSION_APPROVED", "Lãnh đạo duyệt kết luận", actor);
      clocks.complete(caseId, ClockKind.RESOLUTION);
      clocks.complete(caseId, ClockKind.SECOND_INSTANCE); // the decision of a second-level case
    }
    if (written) {
      audit.record(actor, "CONCLUSION_" + decision, caseId, null);
    }
  }
}
