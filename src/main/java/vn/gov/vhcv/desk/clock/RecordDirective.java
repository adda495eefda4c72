package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận ý kiến chỉ đạo": the superior's directive on the overdue case in its history (internal) and the audit log,
 * once per pass (its rules: {@link DirectiveRules}).
 */
@Component("recordDirective")
public class RecordDirective implements JavaDelegate {

  private final CaseSteps steps;

  public RecordDirective(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.of(execution).record("ESCALATION_DIRECTIVE", "Chỉ đạo của " + execution.getVariable("superiorUnitName")
            + " về hồ sơ quá hạn (" + execution.getVariable("clockText") + "): "
            + Decisions.text(execution.getVariable(DirectiveRules.DIRECTIVE)),
        "OVERDUE_CASE_DIRECTED", "clockId=" + execution.getVariable(ClockWatchSignals.CLOCK_ID));
  }
}
