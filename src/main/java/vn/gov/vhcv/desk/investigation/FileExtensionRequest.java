package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockExtensions;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Lập đề nghị gia hạn": files the investigator's request to extend the resolution period on the case's clock, where
 * it waits for a leader ("Phê duyệt gia hạn giải quyết"). The law decides whether it may be filed at all
 * ({@link ClockExtensions}, sla-policy.dmn): when it allows none (not a tố cáo, or its extensions used up) the
 * completion of "Thu thập chứng cứ" is refused with the reason, since this step runs in the same transaction. A
 * request already waiting is not filed twice.
 */
@Component("fileExtensionRequest")
public class FileExtensionRequest implements JavaDelegate {

  private final CaseSteps steps;
  private final ClockExtensions extensions;

  public FileExtensionRequest(CaseSteps steps, ClockExtensions extensions) {
    this.steps = steps;
    this.extensions = extensions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    if (extensions.pending(step.caseId(), ClockKind.RESOLUTION).isPresent()) {
      return;
    }
    ExtensionComplexity complexity = Decisions.parse(ExtensionComplexity.class,
        execution.getVariable(EXTENSION_COMPLEXITY), "Chưa chọn tính chất vụ việc (phức tạp hoặc đặc biệt phức tạp)");
    String reason = Decisions.text(execution.getVariable(EXTENSION_REASON));
    int done = extensions.approved(step.caseId(), ClockKind.RESOLUTION);
    CaseClocks.Extension request;
    try {
      request = extensions.request(step.theCase(), ClockKind.RESOLUTION, null, reason, complexity.complexity(),
          step.actor());
    } catch (IllegalArgumentException refused) {
      throw new Refusal(refused.getMessage());
    }
    execution.setVariable(EXTENSION_REQUEST_TEXT, complexity.label() + " — gia hạn lần " + (done + 1) + ", "
        + request.days() + " ngày. Lý do: " + reason);
  }
}
