package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.PLAN;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Lập kế hoạch xác minh" is complete when the plan says something; "Ghi nhận kế hoạch xác minh" records it. */
@Component("investigationPlanRules")
public class InvestigationPlanRules implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Decisions.requireText(task.getVariable(PLAN), 20, "Kế hoạch xác minh phải được mô tả (ít nhất 20 ký tự)");
  }
}
