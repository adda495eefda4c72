package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận quyết định khen thưởng" (its rules: {@link CommendationDecisionRules}): a refusal with its reason is the
 * commendation's outcome; an award by its decision number is in the history and the audit log — once per pass. The
 * register and the notice follow in "Vào sổ khen thưởng và thông báo".
 */
@Component("recordCommendationDecision")
public class RecordCommendationDecision implements JavaDelegate {

  private final CaseSteps steps;

  public RecordCommendationDecision(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    if ("REJECT".equals(Decisions.text(execution.getVariable(DECISION)))) {
      execution.setVariable(OUTCOME, "REFUSED");
      step.record("COMMENDATION_REFUSED", "Không khen thưởng: " + Decisions.text(execution.getVariable(DECISION_COMMENT)));
      return;
    }
    String number = Decisions.text(execution.getVariable(DECISION_NUMBER));
    step.record("COMMENDATION_APPROVED", "Quyết định khen thưởng số " + number, "COMMENDATION_APPROVED", number);
  }
}
