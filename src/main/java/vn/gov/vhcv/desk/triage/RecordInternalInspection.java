package vn.gov.vhcv.desk.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận kết quả kiểm tra" (its rules: {@link InternalInspectionRules}): the inspection's result is the case's
 * outcome, and what was checked is in the history and the audit log, once per pass.
 */
@Component("recordInternalInspection")
public class RecordInternalInspection implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseRepository cases;

  public RecordInternalInspection(CaseSteps steps, CaseRepository cases) {
    this.steps = steps;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    String result = Decisions.text(execution.getVariable(InternalInspectionRules.RESULT));
    cases.recordOutcome(step.caseId(), "INSPECTED_" + result, "CONFIRMED".equals(result)
        ? "Đã kiểm tra phục vụ quản lý: có vi phạm, đã chấn chỉnh" : "Đã kiểm tra phục vụ quản lý: không phát hiện vi phạm");
    step.record("INTERNAL_INSPECTION", "Kiểm tra phục vụ quản lý: "
        + Decisions.text(execution.getVariable(InternalInspectionRules.NOTES)), "INTERNAL_INSPECTION", result);
  }
}
