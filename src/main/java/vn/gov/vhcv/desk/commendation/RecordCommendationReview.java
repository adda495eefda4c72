package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận kết quả thẩm định" (its rules: {@link CommendationReviewRules}): the review in the history, once per pass; a
 * decline is the commendation's outcome.
 */
@Component("recordCommendationReview")
public class RecordCommendationReview implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final Actors actors;

  public RecordCommendationReview(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    if ("DECLINE".equals(Decisions.text(execution.getVariable(REVIEW)))) {
      execution.setVariable(OUTCOME, "DECLINED");
      history.recordStep(execution, caseId, "COMMENDATION_DECLINED",
          "Thẩm định: không đủ tiêu chuẩn — " + Decisions.text(execution.getVariable(REVIEW_COMMENT)), actors.current());
    } else {
      history.recordStep(execution, caseId, "COMMENDATION_ENDORSED", "Thẩm định: đủ tiêu chuẩn khen thưởng", actors.current());
    }
  }
}
