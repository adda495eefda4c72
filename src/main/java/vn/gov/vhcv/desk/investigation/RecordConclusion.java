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

  public RecordConclusion(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors) {
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
