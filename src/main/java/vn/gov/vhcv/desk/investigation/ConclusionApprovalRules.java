package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.FourEyes;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Phê duyệt kết luận xác minh" is complete with a decision by a leader who did not draft the conclusion
 * ({@link FourEyes}); a rejection carries the leader's instruction; an approval of a discipline needs the official
 * identified. "Ghi nhận ý kiến phê duyệt kết luận" ({@link RecordApproval}) records the decision.
 */
@Component("conclusionApprovalRules")
public class ConclusionApprovalRules implements TaskListener {

  private final CaseRepository cases;
  private final Actors actors;
  private final FourEyes fourEyes;

  public ConclusionApprovalRules(CaseRepository cases, Actors actors, FourEyes fourEyes) {
    this.cases = cases;
    this.actors = actors;
    this.fourEyes = fourEyes;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    ApprovalDecision decision = Decisions.parse(ApprovalDecision.class, task.getVariable(APPROVAL_DECISION),
        "Chưa chọn duyệt hoặc không duyệt kết luận");
    fourEyes.require(caseId, actors.completing(task), task.getVariable(RecordConclusion.VERIFIED_BY),
        "approver drafted the conclusion", "Người dự thảo kết luận không được tự phê duyệt kết luận đó");
    if (decision == ApprovalDecision.REJECT) {
      Decisions.requireText(task.getVariable(APPROVAL_COMMENT), 10, "Không duyệt phải ghi ý kiến chỉ đạo (ít nhất 10 ký tự)");
    } else if ("DISCIPLINE".equals(task.getVariable(RECOMMENDATION)) && !"UNFOUNDED".equals(task.getVariable(CONCLUSION))
        && cases.findById(caseId).orElseThrow().officialBadgeCode() == null) {
      throw new Refusal("Kết luận đề xuất xem xét kỷ luật nhưng hồ sơ chưa xác định người bị phản ánh trong danh sách "
          + "cán bộ: chọn \"Không duyệt\" và ghi ý kiến để người xác minh xác định người vi phạm (mã số thẻ) trong dự thảo kết luận.");
    }
  }
}
