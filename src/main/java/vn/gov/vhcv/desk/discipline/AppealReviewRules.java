package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Giải quyết khiếu nại quyết định kỷ luật" is complete when a leader other than the one who decided reviews it, with
 * the outcome and its grounds. "Ghi nhận kết quả giải quyết khiếu nại" ({@link RecordAppealReview}) writes it down.
 */
@Component("appealReviewRules")
public class AppealReviewRules implements TaskListener {

  private final Actors actors;

  public AppealReviewRules(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    if (actors.completing(task).equals(task.getVariable(DECIDED_BY))) {
      throw new Refusal("Người ra quyết định kỷ luật không được tự giải quyết khiếu nại về quyết định đó");
    }
    Decisions.parse(AppealOutcome.class, task.getVariable(APPEAL_OUTCOME), "Chưa chọn kết quả giải quyết khiếu nại");
    Decisions.requireText(task.getVariable(APPEAL_RESPONSE), 20, "Phải nêu căn cứ giải quyết khiếu nại (ít nhất 20 ký tự)");
  }
}
