package vn.gov.vhcv.desk.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận kết quả kiểm tra" (its rules: {@link InternalInspectionRules}): the inspection's result is the case's
 * outcome, and what was checked is in the history and the audit log, once per pass.
 */
@Component("recordInternalInspection")
public class RecordInternalInspection implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  public RecordInternalInspection(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String result = Decisions.text(execution.getVariable(InternalInspectionRules.RESULT));
    String actor = actors.current();
    cases.recordOutcome(caseId, "INSPECTED_" + result, "CONFIRMED".equals(result)
        ? "Đã kiểm tra phục vụ quản lý: có vi phạm, đã chấn chỉnh" : "Đã kiểm tra phục vụ quản lý: không phát hiện vi phạm");
    if (history.recordStep(execution, caseId, "INTERNAL_INSPECTION",
        "Kiểm tra phục vụ quản lý: " + Decisions.text(execution.getVariable(InternalInspectionRules.NOTES)), actor)) {
      audit.record(actor, "INTERNAL_INSPECTION", caseId, result);
    }
  }
}
