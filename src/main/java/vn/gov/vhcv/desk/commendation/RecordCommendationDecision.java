package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận quyết định khen thưởng" (its rules: {@link CommendationDecisionRules}): a refusal with its reason is the
 * commendation's outcome; an award by its decision number is in the history and the audit log — once per pass. The
 * register and the notice follow in "Vào sổ khen thưởng và thông báo".
 */
@Component("recordCommendationDecision")
public class RecordCommendationDecision implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  public RecordCommendationDecision(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String actor = actors.current();
    if ("REJECT".equals(Decisions.text(execution.getVariable(DECISION)))) {
      execution.setVariable(OUTCOME, "REFUSED");
      history.recordStep(execution, caseId, "COMMENDATION_REFUSED",
          "Không khen thưởng: " + Decisions.text(execution.getVariable(DECISION_COMMENT)), actor);
      return;
    }
    String number = Decisions.text(execution.getVariable(DECISION_NUMBER));
    if (history.recordStep(execution, caseId, "COMMENDATION_APPROVED", "Quyết định khen thưởng số " + number, actor)) {
      audit.record(actor, "COMMENDATION_APPROVED", caseId, number);
    }
  }
}
