package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;

/** "Giải quyết khiếu nại quyết định kỷ luật": reviewed by a leader other than the one who decided. */
@Component("recordAppealReview")
public class RecordAppealReview implements TaskListener {

  public enum Outcome {
    UPHELD("Giữ nguyên quyết định kỷ luật"),
    AMENDED("Sửa đổi quyết định kỷ luật"),
    REVOKED("Hủy bỏ quyết định kỷ luật");

    final String label;

    Outcome(String label) {
      this.label = label;
    }
  }

  private final DisciplineRegister register;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordAppealReview(CaseRepository cases, DisciplineRegister register, CaseHistory history, AuditLog audit, Actors actors) {
    this.cases = cases;
    this.register = register;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    String actor = actors.completing(task);
    if (actor.equals(task.getVariable(DECIDED_BY))) {
      throw new Refusal("Người ra quyết định kỷ luật không được tự giải quyết khiếu nại về quyết định đó");
    }
    Outcome outcome = Decisions.parse(Outcome.class, task.getVariable(APPEAL_OUTCOME), "Chưa chọn kết quả giải quyết khiếu nại");
    String response = Decisions.requireText(task.getVariable(APPEAL_RESPONSE), 20,
        "Phải nêu căn cứ giải quyết khiếu nại (ít nhất 20 ký tự)");
    register.markAppealed(caseId);
    history.record(caseId, "DISCIPLINE_APPEAL_RESOLVED", outcome.label + ": " + response, actor, false);
    audit.record(actor, "DISCIPLINE_APPEAL_" + outcome, caseId, null);
  }
}
