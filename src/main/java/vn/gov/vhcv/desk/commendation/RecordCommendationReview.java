package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận kết quả thẩm định" (its rules: {@link CommendationReviewRules}): the review in the history, once per pass; a
 * decline is the commendation's outcome.
 */
@Component("recordCommendationReview")
public class RecordCommendationReview implements JavaDelegate {

  private final CaseSteps steps;

  public RecordCommendationReview(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    if ("DECLINE".equals(Decisions.text(execution.getVariable(REVIEW)))) {
      execution.setVariable(OUTCOME, "DECLINED");
      step.record("COMMENDATION_DECLINED",
          "Thẩm định: không đủ tiêu chuẩn — " + Decisions.text(execution.getVariable(REVIEW_COMMENT)));
    } else {
      step.record("COMMENDATION_ENDORSED", "Thẩm định: đủ tiêu chuẩn khen thưởng");
    }
  }
}
