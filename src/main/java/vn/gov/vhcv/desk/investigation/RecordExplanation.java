package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Ghi nhận giải trình vào hồ sơ": the explanation received, or that none was given, in the case history. */
@Component("recordExplanation")
public class RecordExplanation implements JavaDelegate {

  private final CaseSteps steps;

  public RecordExplanation(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String message = "RECEIVED".equals(Decisions.text(execution.getVariable(EXPLANATION_RECEIVED)))
        ? "Đã nhận văn bản giải trình: " + Decisions.text(execution.getVariable(EXPLANATION_SUMMARY))
        : "Người bị phản ánh không giải trình trong thời hạn";
    steps.of(execution).record("EXPLANATION_RECORDED", message);
  }
}
