package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Ghi nhận quyết định kỷ luật" (its rules: {@link DisciplineDecisionRules}): the decision is the discipline's outcome,
 * the handling period — from discovery to this decision (NĐ 172/2025) — is met, and the decision is in the history
 * and the audit log, once per pass. The register and the notices follow in "Vào sổ và thông báo quyết định kỷ luật".
 */
@Component("recordDisciplineDecision")
public class RecordDisciplineDecision implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseClocks clocks;

  public RecordDisciplineDecision(CaseSteps steps, CaseClocks clocks) {
    this.steps = steps;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    Sanction sanction = Sanction.valueOf(Decisions.text(execution.getVariable(SANCTION)));
    String recommended = (String) execution.getVariable(RECOMMENDED_SANCTION);
    String reason = Decisions.text(execution.getVariable(SANCTION_REASON));
    execution.setVariable(OUTCOME, sanction.name());
    clocks.complete(step.caseId(), ClockKind.DISCIPLINE);
    step.record("DISCIPLINE_DECIDED", "Quyết định: " + sanction.label() + (reason == null ? "" : " — lý do: " + reason),
        "DISCIPLINE_DECIDED", sanction + " (đề xuất " + recommended + ")");
  }
}
