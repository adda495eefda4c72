package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.PLAN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Ghi nhận kế hoạch xác minh": the plan in the case history (its rule: {@link InvestigationPlanRules}). */
@Component("recordInvestigationPlan")
public class RecordInvestigationPlan implements JavaDelegate {

  private final CaseSteps steps;

  public RecordInvestigationPlan(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.of(execution).record("INVESTIGATION_PLANNED", "Kế hoạch xác minh: " + Decisions.text(execution.getVariable(PLAN)));
  }
}
