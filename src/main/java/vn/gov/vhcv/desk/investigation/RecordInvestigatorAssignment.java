package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận phân công người xác minh" (after "Phân công người xác minh", whose rules are {@link AssignInvestigator}):
 * the assignment, or the conflict of interest that sends the case back to be assigned again, in the audit log and
 * the case history.
 */
@Component("recordInvestigatorAssignment")
public class RecordInvestigatorAssignment implements JavaDelegate {

  private final CaseRepository cases;
  private final ConflictOfInterest conflicts;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  public RecordInvestigatorAssignment(CaseRepository cases, ConflictOfInterest conflicts, CaseHistory history,
      AuditLog audit, Actors actors) {
    this.cases = cases;
    this.conflicts = conflicts;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String investigator = (String) execution.getVariable(INVESTIGATOR_ID);
    String actor = actors.current();
    if (Boolean.TRUE.equals(execution.getVariable(INVESTIGATOR_CLEARED))) {
      if (history.recordStep(execution, caseId, "INVESTIGATOR_ASSIGNED", "Phân công " + investigator + " xác minh", actor)) {
        audit.record(actor, "INVESTIGATOR_ASSIGNED", caseId, investigator);
      }
      return;
    }
    CaseRecord c = cases.findById(caseId).orElseThrow();
    String conflict = conflicts.reason(investigator, c.officialBadgeCode(), c.unitCode())
        .orElse(String.valueOf(execution.getVariable(CONFLICT_NOTE)));
    if (history.recordStep(execution, caseId, "CONFLICT_OF_INTEREST", "Không phân công " + investigator + ": " + conflict,
        actor)) {
      audit.record(actor, "CONFLICT_OF_INTEREST", caseId, investigator + ": " + conflict);
    }
  }
}
