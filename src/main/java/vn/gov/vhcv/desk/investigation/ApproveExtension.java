package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;
import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Phê duyệt gia hạn giải quyết": a leader other than the requester approves (the resolution clock
 * moves on 30 days, within the law's limits) or refuses with a comment.
 */
@Component("approveExtension")
public class ApproveExtension implements TaskListener {

  private final CaseRepository cases;
  private final Extensions extensions;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;
  private final DeskClock clock;

  public ApproveExtension(CaseRepository cases, Extensions extensions, CaseHistory history, AuditLog audit,
      Actors actors, DeskClock clock) {
    this.cases = cases;
    this.extensions = extensions;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    ApprovalDecision decision = Decisions.parse(ApprovalDecision.class, task.getVariable(EXTENSION_DECISION),
        "Chưa chọn đồng ý hoặc không đồng ý gia hạn");
    String actor = actors.completing(task);
    String requester = (String) task.getVariable(EXTENSION_REQUESTED_BY);
    if (actor.equals(requester)) {
      audit.recordRefusal(actor, "FOUR_EYES_REFUSED", caseId, "approver requested the extension");
      throw new Refusal("Người đề nghị gia hạn không được tự phê duyệt gia hạn (nguyên tắc bốn mắt)");
    }
    if (decision == ApprovalDecision.REJECT) {
      String comment = Decisions.requireText(task.getVariable(EXTENSION_COMMENT), 10,
          "Không đồng ý gia hạn phải ghi ý kiến (ít nhất 10 ký tự)");
      history.record(caseId, "EXTENSION_REFUSED", "Lãnh đạo không đồng ý gia hạn: " + comment, actor, false);
      audit.record(actor, "EXTENSION_REFUSED", caseId, null);
      return;
    }
    CaseRecord c = cases.findById(caseId).orElseThrow();
    ExtensionComplexity complexity = Decisions.parse(ExtensionComplexity.class, task.getVariable(EXTENSION_COMPLEXITY),
        "Đề nghị gia hạn không ghi tính chất vụ việc");
    extensions.checkAllowed(caseId, c.category(), complexity);
    var due = extensions.extend(caseId, complexity, String.valueOf(task.getVariable(EXTENSION_REASON)), requester, actor);
    task.setVariable(RESOLUTION_DUE, clock.endOf(due));
    task.setVariable(RESOLUTION_DUE_TEXT, Dates.text(due));
    history.record(caseId, "EXTENSION_APPROVED", "Gia hạn giải quyết đến " + Dates.text(due), actor, true);
    audit.record(actor, "EXTENSION_APPROVED", caseId, complexity + " -> " + due);
  }
}
