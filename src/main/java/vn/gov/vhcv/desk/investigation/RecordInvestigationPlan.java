package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.PLAN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** "Lập kế hoạch xác minh": the plan must say something. */
@Component("recordInvestigationPlan")
public class RecordInvestigationPlan implements TaskListener {

  private final CaseHistory history;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordInvestigationPlan(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    String plan = Decisions.requireText(task.getVariable(PLAN), 20, "Kế hoạch xác minh phải được mô tả (ít nhất 20 ký tự)");
    history.record(cases.caseIdOf(task), "INVESTIGATION_PLANNED", "Kế hoạch xác minh: " + plan,
        actors.completing(task), false);
  }
}
