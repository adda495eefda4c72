package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.deadline.CaseClocks;
import vn.gov.vhcv.desk.deadline.ClockKind;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * Checks and records a leader's approval of the conclusion. Four eyes: whoever drafted the
 * conclusion cannot approve it. A rejection needs a comment and sends the case back to verification. An
 * approved conclusion resolves the case in the sense of its statutory resolution period (Luật Tố cáo 2018
 * Điều 30, 35): the resolution clock is met; a discipline that follows runs on its own clock (NĐ 172/2025).
 */
@Component("recordApproval")
public class RecordApproval implements TaskListener {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;
  private final CaseClocks clocks;

  public RecordApproval(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors, CaseClocks clocks) {
    this.clocks = clocks;
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    ApprovalDecision decision = Decisions.parse(ApprovalDecision.class, task.getVariable(APPROVAL_DECISION),
        "Chưa chọn duyệt hoặc không duyệt kết luận");
    String actor = actors.completing(task);
    if (actor.equals(task.getVariable(RecordConclusion.VERIFIED_BY))) {
      audit.recordRefusal(actor, "FOUR_EYES_REFUSED", caseId, "approver drafted the conclusion");
      throw new Refusal("Người dự thảo kết luận không được tự phê duyệt kết luận đó (nguyên tắc bốn mắt)");
    }
    if (decision == ApprovalDecision.REJECT) {
      String comment = Decisions.requireText(task.getVariable(APPROVAL_COMMENT), 10,
          "Không duyệt phải ghi ý kiến chỉ đạo (ít nhất 10 ký tự)");
      cases.updateStatus(caseId, CaseStatus.IN_VERIFICATION);
      history.record(caseId, "CONCLUSION_REJECTED", "Lãnh đạo không duyệt kết luận: " + comment, actor, false);
    } else {
      if ("DISCIPLINE".equals(task.getVariable(RECOMMENDATION)) && !"UNFOUNDED".equals(task.getVariable(CONCLUSION))
          && cases.findById(caseId).orElseThrow().officialBadgeCode() == null) {
        throw new Refusal("Kết luận đề xuất xem xét kỷ luật nhưng hồ sơ chưa xác định người bị phản ánh trong danh sách "
            + "cán bộ: chọn \"Không duyệt\" và ghi ý kiến để người xác minh xác định người vi phạm (mã số thẻ) trong dự thảo kết luận.");
      }
      history.record(caseId, "CONCLUSION_APPROVED", "Lãnh đạo duyệt kết luận", actor, false);
      clocks.complete(caseId, ClockKind.RESOLUTION);
      clocks.complete(caseId, ClockKind.SECOND_INSTANCE); // the decision of a second-level case
    }
    audit.record(actor, "CONCLUSION_" + decision, caseId, null);
  }
}
