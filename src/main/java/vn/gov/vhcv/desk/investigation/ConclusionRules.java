package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.discipline.DisciplineVariables;
import vn.gov.vhcv.desk.discipline.Severity;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Dự thảo kết luận xác minh" is complete with a conclusion, a recommendation, the findings and — for a discipline —
 * the severity and the identified official, whom the investigator has no conflict of interest with. Remembers who
 * drafted it so that person can never approve it; "Ghi nhận dự thảo kết luận" ({@link RecordConclusion}) records it.
 */
@Component("conclusionRules")
public class ConclusionRules implements TaskListener {

  private final CaseRepository cases;
  private final Actors actors;
  private final vn.gov.vhcv.desk.triage.OfficialIdentification officials;
  private final ConflictOfInterest conflicts;

  public ConclusionRules(CaseRepository cases, Actors actors,
      vn.gov.vhcv.desk.triage.OfficialIdentification officials, ConflictOfInterest conflicts) {
    this.officials = officials;
    this.conflicts = conflicts;
    this.cases = cases;
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
    // who completes this task is known here only; the approval's four-eyes check compares against it
    task.setVariable(RecordConclusion.VERIFIED_BY, actor);
  }
}
