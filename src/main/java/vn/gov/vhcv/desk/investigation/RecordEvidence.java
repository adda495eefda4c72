package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Ghi nhận chứng cứ vào hồ sơ": the evidence gathered, or the extension requested with its reason, in the history. */
@Component("recordEvidence")
public class RecordEvidence implements JavaDelegate {

  private final CaseSteps steps;

  public RecordEvidence(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    if ("REQUEST_EXTENSION".equals(Decisions.text(execution.getVariable(EVIDENCE_NEXT_STEP)))) {
      step.record("EXTENSION_REQUESTED", "Đề nghị gia hạn: " + Decisions.text(execution.getVariable(EXTENSION_REASON)));
    } else {
      step.record("EVIDENCE_GATHERED", "Chứng cứ: " + Decisions.text(execution.getVariable(EVIDENCE_SUMMARY)));
    }
  }
}
