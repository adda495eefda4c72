package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.PLAN;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/** "Ghi nhận kế hoạch xác minh": the plan in the case history (its rule: {@link InvestigationPlanRules}). */
@Component("recordInvestigationPlan")
public class RecordInvestigationPlan implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final Actors actors;

  public RecordInvestigationPlan(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    history.recordStep(execution, cases.caseIdOf(execution), "INVESTIGATION_PLANNED",
        "Kế hoạch xác minh: " + Decisions.text(execution.getVariable(PLAN)), actors.current());
  }
}
