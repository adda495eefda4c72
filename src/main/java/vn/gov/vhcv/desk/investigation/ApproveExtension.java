package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;
import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.FourEyes;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockExtensions;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Phê duyệt gia hạn giải quyết": a leader other than the requester approves the extension the investigator
 * requested on the resolution clock (its due date moves by the days {@code sla-policy.dmn} allows) or refuses it
 * with a comment.
 */
@Component("approveExtension")
public class ApproveExtension implements TaskListener {

  private final CaseRepository cases;
  private final ClockExtensions extensions;
  private final CaseClocks clocks;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;
  private final DeskClock clock;
  private final FourEyes fourEyes;

  public ApproveExtension(CaseRepository cases, ClockExtensions extensions, CaseClocks clocks, CaseHistory history,
      AuditLog audit, Actors actors, DeskClock clock, FourEyes fourEyes) {
    this.fourEyes = fourEyes;
    this.clocks = clocks;
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
    fourEyes.require(caseId, actor, requester, "approver requested the extension",
        "Người đề nghị gia hạn không được tự phê duyệt gia hạn");
    CaseClocks.Extension pending = extensions.pending(caseId, ClockKind.RESOLUTION)
        .orElseThrow(() -> new Refusal("Không có đề nghị gia hạn nào đang chờ phê duyệt"));
    if (decision == ApprovalDecision.REJECT) {
      String comment = Decisions.requireText(task.getVariable(EXTENSION_COMMENT), 10,
          "Không đồng ý gia hạn phải ghi ý kiến (ít nhất 10 ký tự)");
      clocks.rejectExtension(caseId, ClockKind.RESOLUTION, pending.id(), actor);
      history.record(caseId, "EXTENSION_REFUSED", "Lãnh đạo không đồng ý gia hạn: " + comment, actor, false);
      audit.record(actor, "EXTENSION_REFUSED", caseId, null);
      return;
    }
    LocalDate due;
    try {
      due = clocks.approveExtensionOnTask(caseId, ClockKind.RESOLUTION, pending.id(), actor).dueOn();
    } catch (IllegalArgumentException refused) {
      throw new Refusal(refused.getMessage());
    }
    task.setVariable(RESOLUTION_DUE, clock.endOf(due));
    task.setVariable(RESOLUTION_DUE_TEXT, Dates.text(due));
    history.record(caseId, "EXTENSION_APPROVED", "Gia hạn giải quyết đến " + Dates.text(due), actor, true);
    audit.record(actor, "EXTENSION_APPROVED", caseId, pending.complexity() + " -> " + due);
  }
}
