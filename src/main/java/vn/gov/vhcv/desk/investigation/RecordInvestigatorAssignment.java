package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận phân công người xác minh" (after "Phân công người xác minh", whose rules are {@link InvestigatorAssignmentRules}):
 * the assignment, or the conflict of interest that sends the case back to be assigned again, in the audit log and
 * the case history.
 */
@Component("recordInvestigatorAssignment")
public class RecordInvestigatorAssignment implements JavaDelegate {

  private final CaseSteps steps;
  private final ConflictOfInterest conflicts;

  public RecordInvestigatorAssignment(CaseSteps steps, ConflictOfInterest conflicts) {
    this.steps = steps;
    this.conflicts = conflicts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    String investigator = Decisions.text(execution.getVariable(INVESTIGATOR_ID));
    CaseRecord c = step.theCase();
    var found = conflicts.reason(investigator, c.officialBadgeCode(), c.unitCode());
    // the gateway after this step reads whether the investigator is cleared
    execution.setVariable(INVESTIGATOR_CLEARED, found.isEmpty());
    if (found.isEmpty()) {
      execution.removeVariable(CONFLICT_NOTE);
      step.record("INVESTIGATOR_ASSIGNED", "Phân công " + investigator + " xác minh", "INVESTIGATOR_ASSIGNED", investigator);
      return;
    }
    String conflict = found.get();
    execution.setVariable(CONFLICT_NOTE, conflict + ". Đề nghị phân công người khác.");
    step.record("CONFLICT_OF_INTEREST", "Không phân công " + investigator + ": " + conflict, "CONFLICT_OF_INTEREST",
        investigator + ": " + conflict);
  }
}
