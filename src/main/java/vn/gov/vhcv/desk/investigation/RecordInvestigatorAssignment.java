package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.CaseRecord;

/**
 * "Ghi nhận phân công người xác minh" (after "Phân công người xác minh", whose rules are {@link AssignInvestigator}):
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
    String investigator = (String) execution.getVariable(INVESTIGATOR_ID);
    if (Boolean.TRUE.equals(execution.getVariable(INVESTIGATOR_CLEARED))) {
      step.record("INVESTIGATOR_ASSIGNED", "Phân công " + investigator + " xác minh", "INVESTIGATOR_ASSIGNED", investigator);
      return;
    }
    CaseRecord c = step.theCase();
    String conflict = conflicts.reason(investigator, c.officialBadgeCode(), c.unitCode())
        .orElse(String.valueOf(execution.getVariable(CONFLICT_NOTE)));
    step.record("CONFLICT_OF_INTEREST", "Không phân công " + investigator + ": " + conflict, "CONFLICT_OF_INTEREST",
        investigator + ": " + conflict);
  }
}
