package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** "Ghi nhận chưa xét khen thưởng": the reason (NĐ 98/2023 Điều 4) on the case, internal only. */
@Component("recordCommendationBlocked")
public class RecordCommendationBlocked implements JavaDelegate {

  private final CaseHistory history;
  private final AuditLog audit;

  private final CaseRepository cases;

  public RecordCommendationBlocked(CaseRepository cases, CaseHistory history, AuditLog audit) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String reason = "Chưa xét khen thưởng (NĐ 98/2023/NĐ-CP Điều 4): " + execution.getVariable(BLOCK_REASON);
    execution.setVariable(OUTCOME, "BLOCKED");
    history.recordOnce(caseId, "COMMENDATION_BLOCKED", reason, null, false, "COMMENDATION_BLOCKED:" + caseId);
    audit.record("system", "COMMENDATION_BLOCKED", caseId, reason);
  }
}
