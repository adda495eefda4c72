package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Phân công người xác minh": the chosen account must be an investigator of the case's unit. A conflict of interest
 * (the official themself, their unit or a unit above it) sends the case back to be assigned again;
 * "Ghi nhận phân công người xác minh" ({@link RecordInvestigatorAssignment}) writes either down.
 */
@Component("assignInvestigator")
public class AssignInvestigator implements TaskListener {

  private final CaseRepository cases;
  private final ConflictOfInterest conflicts;
  private final IdentityService identity;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  private final UnitInvestigators investigators;

  public AssignInvestigator(CaseRepository cases, ConflictOfInterest conflicts, IdentityService identity,
      CaseHistory history, AuditLog audit, Actors actors, UnitInvestigators investigators) {
    this.investigators = investigators;
    this.cases = cases;
    this.conflicts = conflicts;
    this.identity = identity;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    String investigator = Decisions.requireText(task.getVariable(INVESTIGATOR_ID), 1, "Chưa chọn người xác minh");
    var choices = investigators.of(task);
    if (!choices.containsKey(investigator)) {
      throw new Refusal("Tài khoản '" + investigator + "' không thuộc nhóm Xác minh của đơn vị giải quyết hồ sơ. Chọn một trong:\n"
          + UnitInvestigators.list(choices));
    }
    String actor = actors.completing(task);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    var conflict = conflicts.reason(investigator, c.officialBadgeCode(), c.unitCode());
    if (conflict.isPresent()) {
      task.setVariable(INVESTIGATOR_CLEARED, false);
      task.setVariable(CONFLICT_NOTE, conflict.get() + ". Đề nghị phân công người khác.");
      return;
    }
    task.setVariable(INVESTIGATOR_CLEARED, true);
    task.setVariable(ASSIGNED_BY, actor);
    task.removeVariable(CONFLICT_NOTE);
  }
}
