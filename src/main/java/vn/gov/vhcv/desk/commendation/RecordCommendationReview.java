package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;

/** "Thẩm định hồ sơ khen thưởng" by Thi đua – Khen thưởng: endorse, or decline with the reason. */
@Component("recordCommendationReview")
public class RecordCommendationReview implements TaskListener {

  private final CaseHistory history;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordCommendationReview(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    String review = Decisions.text(task.getVariable(REVIEW));
    long caseId = cases.caseIdOf(task);
    if ("DECLINE".equals(review)) {
      String comment = Decisions.requireText(task.getVariable(REVIEW_COMMENT), 10,
          "Không đủ tiêu chuẩn phải nêu lý do (ít nhất 10 ký tự)");
      task.setVariable(OUTCOME, "DECLINED");
      history.record(caseId, "COMMENDATION_DECLINED", "Thẩm định: không đủ tiêu chuẩn — " + comment, actors.completing(task), false);
    } else if ("ENDORSE".equals(review)) {
      history.record(caseId, "COMMENDATION_ENDORSED", "Thẩm định: đủ tiêu chuẩn khen thưởng", actors.completing(task), false);
    } else {
      throw new Refusal("Chưa chọn kết quả thẩm định");
    }
  }
}
