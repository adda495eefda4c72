package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.FourEyes;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.clock.ClockExtensions;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Phê duyệt gia hạn giải quyết" is complete with a decision on the request waiting on the resolution clock, taken by
 * a leader other than the one who filed it (the clock's own record of the requester, which no task can change), and a
 * comment when it is refused. "Ghi nhận quyết định gia hạn" ({@link RecordExtensionDecision}) applies it.
 */
@Component("extensionApprovalRules")
public class ExtensionApprovalRules implements TaskListener {

  private final CaseSteps steps;
  private final ClockExtensions extensions;
  private final FourEyes fourEyes;

  public ExtensionApprovalRules(CaseSteps steps, ClockExtensions extensions, FourEyes fourEyes) {
    this.steps = steps;
    this.extensions = extensions;
    this.fourEyes = fourEyes;
  }

  @Override
  public void notify(DelegateTask task) {
    var completion = steps.completing(task);
    ApprovalDecision decision = Decisions.parse(ApprovalDecision.class, task.getVariable(EXTENSION_DECISION),
        "Chưa chọn đồng ý hoặc không đồng ý gia hạn");
    var pending = extensions.pending(completion.caseId(), ClockKind.RESOLUTION)
        .orElseThrow(() -> new Refusal("Không có đề nghị gia hạn nào đang chờ phê duyệt"));
    fourEyes.require(completion.caseId(), completion.actor(), pending.requestedBy(), "approver requested the extension",
        "Người đề nghị gia hạn không được tự phê duyệt gia hạn");
    if (decision == ApprovalDecision.REJECT) {
      Decisions.requireText(task.getVariable(EXTENSION_COMMENT), 10,
          "Không đồng ý gia hạn phải ghi ý kiến (ít nhất 10 ký tự)");
    }
  }
}
