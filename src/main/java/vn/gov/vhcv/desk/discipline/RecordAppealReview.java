package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận kết quả giải quyết khiếu nại" (its rules: {@link AppealReviewRules}): the decision is marked appealed in
 * the discipline register, and the outcome with its grounds is in the history and the audit log, once per pass.
 */
@Component("recordAppealReview")
public class RecordAppealReview implements JavaDelegate {

  private final CaseRepository cases;
  private final DisciplineRegister register;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  public RecordAppealReview(CaseRepository cases, DisciplineRegister register, CaseHistory history, AuditLog audit,
      Actors actors) {
    this.cases = cases;
    this.register = register;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String actor = actors.current();
    AppealOutcome outcome = AppealOutcome.valueOf(Decisions.text(execution.getVariable(APPEAL_OUTCOME)));
    register.markAppealed(caseId);
    if (history.recordStep(execution, caseId, "DISCIPLINE_APPEAL_RESOLVED",
        outcome.label() + ": " + Decisions.text(execution.getVariable(APPEAL_RESPONSE)), actor)) {
      audit.record(actor, "DISCIPLINE_APPEAL_" + outcome, caseId, null);
    }
  }
}
