package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.INVESTIGATOR_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * Guards every step of the investigator: only the assigned investigator completes it, and never
 * someone with a conflict of interest (a task handed over in Tasklist is checked again).
 */
@Component("requireAssignedInvestigator")
public class RequireAssignedInvestigator implements TaskListener {

  private final CaseRepository cases;
  private final ConflictOfInterest conflicts;
  private final Actors actors;

  public RequireAssignedInvestigator(CaseRepository cases, ConflictOfInterest conflicts, Actors actors) {
    this.cases = cases;
    this.conflicts = conflicts;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    String actor = actors.completing(task);
    CaseRecord c = cases.findById(cases.caseIdOf(task)).orElseThrow();
    var conflict = conflicts.reason(actor, c.officialBadgeCode(), c.unitCode());
    if (conflict.isPresent()) {
      throw new Refusal("Không được xác minh vụ việc do xung đột lợi ích: " + conflict.get());
    }
    Object assigned = task.getVariable(INVESTIGATOR_ID);
    if (!actor.equals(assigned)) {
      throw new Refusal("Chỉ người được phân công xác minh (" + assigned + ") mới thực hiện bước này");
    }
  }
}
