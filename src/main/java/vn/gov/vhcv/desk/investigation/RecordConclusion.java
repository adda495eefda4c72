package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.discipline.DisciplineVariables;
import vn.gov.vhcv.desk.discipline.Severity;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * Checks and records the investigator's conclusion when "Xác minh nội dung phản ánh" is completed,
 * and remembers who drafted it so that person can never approve it.
 */
@Component("recordConclusion")
public class RecordConclusion implements TaskListener {

  public static final String VERIFIED_BY = "verifiedBy";

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;
  private final vn.gov.vhcv.desk.triage.OfficialIdentification officials;
  private final ConflictOfInterest conflicts;

  public RecordConclusion(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors,
      vn.gov.vhcv.desk.triage.OfficialIdentification officials, ConflictOfInterest conflicts) {
    this.officials = officials;
    this.conflicts = conflicts;
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    Conclusion conclusion = Decisions.parse(Conclusion.class, task.getVariable(CONCLUSION), "Chưa chọn kết luận xác minh");
    Recommendation recommendation = Decisions.parse(Recommendation.class, task.getVariable(RECOMMENDATION),
        "Chưa chọn đề xuất xử lý");
    Decisions.requireText(task.getVariable(FINDINGS), 20, "Kết quả xác minh phải được mô tả (ít nhất 20 ký tự)");
    Severity severity = Severity.of(task.getVariable(DisciplineVariables.PROPOSED_SEVERITY));
    if (recommendation == Recommendation.DISCIPLINE && severity == null) {
      throw new Refusal("Đề xuất kỷ luật phải nêu mức độ vi phạm (ít nghiêm trọng, nghiêm trọng hoặc rất nghiêm trọng) "
          + "theo hậu quả của vi phạm");
    }
    String actor = actors.completing(task);
    // the official may be identified here at the latest (a sender who gave only a name, or none)
    String badge = Decisions.text(task.getVariable(OFFICIAL_BADGE_CODE));
    if (badge != null && officials.identify(task, caseId, badge, actor)) {
      var record = cases.findById(caseId).orElseThrow();
      var conflict = conflicts.reason(actor, badge, record.unitCode());
      if (conflict.isPresent()) {
        throw new Refusal("Không được xác minh vụ việc về cán bộ " + badge + " do xung đột lợi ích: " + conflict.get()
            + ". Đề nghị lãnh đạo phân công người xác minh khác.");
      }
    }
    if (recommendation == Recommendation.DISCIPLINE && conclusion != Conclusion.UNFOUNDED
        && cases.findById(caseId).orElseThrow().officialBadgeCode() == null) {
      throw new Refusal("Chưa xác định người bị phản ánh trong danh sách cán bộ, nên chưa thể đề xuất xem xét kỷ luật: "
          + "nhập mã số thẻ của người vi phạm vào ô \"Mã số thẻ người bị phản ánh\" (xem gợi ý theo họ tên người gửi ghi) "
          + "rồi hoàn thành lại.");
    }
    task.setVariable(VERIFIED_BY, actor);
    task.setVariable(CONCLUSION_TEXT, conclusion.label());
    task.setVariable(RECOMMENDATION_TEXT, recommendation.label());
    cases.recordOutcome(caseId, conclusion.name(), conclusion.label());
    cases.updateStatus(caseId, CaseStatus.AWAITING_APPROVAL);
    history.record(caseId, "CONCLUSION_DRAFTED", "Dự thảo kết luận: " + conclusion.label() + "; đề xuất: "
        + recommendation.label() + (recommendation == Recommendation.DISCIPLINE ? "; mức độ vi phạm đề xuất: "
        + severity.label().toLowerCase(java.util.Locale.ROOT) : ""), actor, false);
    audit.record(actor, "CONCLUSION_DRAFTED", caseId, conclusion + "/" + recommendation);
  }
}
