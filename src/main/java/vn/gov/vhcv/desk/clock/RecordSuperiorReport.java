package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận báo cáo cấp trên": the report on the overdue denunciation met its 5-working-day clock; the report is in
 * the case history (internal) and the audit log, once per pass (its rules: {@link SuperiorReportRules}).
 */
@Component("recordSuperiorReport")
public class RecordSuperiorReport implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseClocks clocks;

  public RecordSuperiorReport(CaseSteps steps, CaseClocks clocks) {
    this.steps = steps;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    clocks.complete(step.caseId(), ClockKind.SUPERIOR_REPORT);
    step.record("SUPERIOR_REPORT", "Báo cáo " + execution.getVariable("superiorUnitName")
            + " về tố cáo quá hạn giải quyết: " + Decisions.text(execution.getVariable(SuperiorReportRules.PROGRESS_REPORT)),
        "SUPERIOR_REPORT_SENT", null);
  }
}
