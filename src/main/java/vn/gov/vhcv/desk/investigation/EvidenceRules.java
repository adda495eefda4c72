package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockExtensions;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Thu thập chứng cứ" is complete with the evidence described, then either on to the conclusion or a request for an
 * extension with its reason, which is refused at once when the law allows none (not a tố cáo, or its extensions used
 * up). "Ghi nhận chứng cứ vào hồ sơ" ({@link RecordEvidence}) writes it down.
 */
@Component("evidenceRules")
public class EvidenceRules implements TaskListener {

  private final CaseRepository cases;
  private final ClockExtensions extensions;
  private final Actors actors;

  public EvidenceRules(CaseRepository cases, ClockExtensions extensions, Actors actors) {
    this.cases = cases;
    this.extensions = extensions;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    Decisions.requireText(task.getVariable(EVIDENCE_SUMMARY), 20,
        "Phải mô tả chứng cứ đã thu thập (ít nhất 20 ký tự)");
    String next = Decisions.text(task.getVariable(EVIDENCE_NEXT_STEP));
    String actor = actors.completing(task);
    if ("REQUEST_EXTENSION".equals(next)) {
      ExtensionComplexity complexity = Decisions.parse(ExtensionComplexity.class, task.getVariable(EXTENSION_COMPLEXITY),
          "Chưa chọn tính chất vụ việc (phức tạp hoặc đặc biệt phức tạp)");
      String reason = Decisions.requireText(task.getVariable(EXTENSION_REASON), 10,
          "Đề nghị gia hạn phải nêu lý do (ít nhất 10 ký tự)");
      CaseRecord c = cases.findById(caseId).orElseThrow();
      int done = extensions.approved(caseId, ClockKind.RESOLUTION);
      // the law allows it or not (ClockExtensions, sla-policy.dmn); allowed, the request waits on the clock for the leader
      CaseClocks.Extension request;
      try {
        request = extensions.request(c, ClockKind.RESOLUTION, null, reason, complexity.complexity(), actor);
      } catch (IllegalArgumentException refused) {
        throw new Refusal(refused.getMessage());
      }
      task.setVariable(EXTENSION_REQUESTED_BY, actor);
      task.setVariable(EXTENSION_REQUEST_TEXT, complexity.label() + " — gia hạn lần " + (done + 1)
          + ", " + request.days() + " ngày. Lý do: " + reason);
    } else if (!"CONCLUDE".equals(next)) {
      throw new Refusal("Chưa chọn bước tiếp theo (kết luận hoặc đề nghị gia hạn)");
    }
  }
}
