package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận quyết định kỷ luật" (its rules: {@link DisciplineDecisionRules}): the decision is the discipline's outcome,
 * the handling period — from discovery to this decision (NĐ 172/2025) — is met, and the decision is in the history
 * and the audit log, once per pass. The register and the notices follow in "Vào sổ và thông báo quyết định kỷ luật".
 */
@Component("recordDisciplineDecision")
public class RecordDisciplineDecision implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;
  private final CaseClocks clocks;

  public RecordDisciplineDecision(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors, CaseClocks clocks) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String actor = actors.current();
    Sanction sanction = Sanction.valueOf(Decisions.text(execution.getVariable(SANCTION)));
    String recommended = (String) execution.getVariable(RECOMMENDED_SANCTION);
    String reason = Decisions.text(execution.getVariable(SANCTION_REASON));
    execution.setVariable(OUTCOME, sanction.name());
    clocks.complete(caseId, ClockKind.DISCIPLINE);
    if (history.recordStep(execution, caseId, "DISCIPLINE_DECIDED", "Quyết định: " + sanction.label()
        + (reason == null ? "" : " — lý do: " + reason), actor)) {
      audit.record(actor, "DISCIPLINE_DECIDED", caseId, sanction + " (đề xuất " + recommended + ")");
    }
  }
}
