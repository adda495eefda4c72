package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận kết quả giải quyết khiếu nại" (its rules: {@link AppealReviewRules}): the decision is marked appealed in
 * the discipline register, and the outcome with its grounds is in the history and the audit log, once per pass.
 */
@Component("recordAppealReview")
public class RecordAppealReview implements JavaDelegate {

  private final CaseSteps steps;
  private final DisciplineRegister register;

  public RecordAppealReview(CaseSteps steps, DisciplineRegister register) {
    this.steps = steps;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    AppealOutcome outcome = AppealOutcome.valueOf(Decisions.text(execution.getVariable(APPEAL_OUTCOME)));
    register.markAppealed(step.caseId());
    step.record("DISCIPLINE_APPEAL_RESOLVED", outcome.label() + ": " + Decisions.text(execution.getVariable(APPEAL_RESPONSE)),
        "DISCIPLINE_APPEAL_" + outcome, null);
  }
}
