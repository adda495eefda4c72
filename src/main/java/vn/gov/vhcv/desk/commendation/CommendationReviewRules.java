package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Thẩm định hồ sơ khen thưởng" by Thi đua – Khen thưởng is complete with an endorsement, or a decline with its reason.
 * "Ghi nhận kết quả thẩm định" ({@link RecordCommendationReview}) writes it down.
 */
@Component("commendationReviewRules")
public class CommendationReviewRules implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String review = Decisions.text(task.getVariable(REVIEW));
    if ("DECLINE".equals(review)) {
      Decisions.requireText(task.getVariable(REVIEW_COMMENT), 10, "Không đủ tiêu chuẩn phải nêu lý do (ít nhất 10 ký tự)");
    } else if (!"ENDORSE".equals(review)) {
      throw new Refusal("Chưa chọn kết quả thẩm định");
    }
  }
}
