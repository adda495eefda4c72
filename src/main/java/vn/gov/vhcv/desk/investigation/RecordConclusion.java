package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.discipline.DisciplineVariables;
import vn.gov.vhcv.desk.discipline.Severity;

/**
 * "Ghi nhận dự thảo kết luận": the drafted conclusion becomes the case's outcome (and the labels the approval form
 * shows), the case awaits the leader's
 * approval, and the draft is in the history and the audit log.
 */
@Component("recordConclusion")
public class RecordConclusion implements JavaDelegate {

  /** Who drafted the conclusion (set by {@link ConclusionRules}): never its approver. */
  public static final String VERIFIED_BY = "verifiedBy";

  private final CaseSteps steps;
  private final CaseRepository cases;

  public RecordConclusion(CaseSteps steps, CaseRepository cases) {
    this.steps = steps;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    Conclusion conclusion = Conclusion.valueOf(String.valueOf(execution.getVariable(CONCLUSION)).strip());
    Recommendation recommendation = Recommendation.valueOf(String.valueOf(execution.getVariable(RECOMMENDATION)).strip());
    execution.setVariable(CONCLUSION_TEXT, conclusion.label());
    execution.setVariable(RECOMMENDATION_TEXT, recommendation.label());
    cases.recordOutcome(step.caseId(), conclusion.name(), conclusion.label());
    cases.updateStatus(step.caseId(), CaseStatus.AWAITING_APPROVAL);
    String severity = recommendation == Recommendation.DISCIPLINE ? "; mức độ vi phạm đề xuất: "
        + Severity.of(execution.getVariable(DisciplineVariables.PROPOSED_SEVERITY)).label().toLowerCase(Locale.ROOT) : "";
    step.record("CONCLUSION_DRAFTED", "Dự thảo kết luận: " + conclusion.label() + "; đề xuất: " + recommendation.label()
        + severity, "CONCLUSION_DRAFTED", conclusion + "/" + recommendation);
  }
}
