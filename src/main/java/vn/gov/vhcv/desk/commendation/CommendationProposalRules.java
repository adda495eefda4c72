package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Đề nghị khen thưởng" by the managing unit is complete with the form proposed and the achievement (Luật TĐKT 2022,
 * Điều 83). Whoever proposes it never decides it (four eyes). "Ghi nhận đề nghị khen thưởng"
 * ({@link RecordCommendationProposal}) writes it down.
 */
@Component("commendationProposalRules")
public class CommendationProposalRules implements TaskListener {

  private final Actors actors;

  public CommendationProposalRules(Actors actors) {
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    Decisions.parse(Award.class, task.getVariable(AWARD), "Chưa chọn hình thức khen thưởng đề nghị");
    Decisions.requireText(task.getVariable(ACHIEVEMENT), 20, "Phải tóm tắt thành tích đề nghị khen thưởng (ít nhất 20 ký tự)");
    task.setVariable(PROPOSED_BY, actors.completing(task));
  }
}
