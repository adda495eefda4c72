package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.DIALOGUE_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Ghi nhận biên bản đối thoại": the minutes of the dialogue in the case history. */
@Component("recordDialogue")
public class RecordDialogue implements JavaDelegate {

  private final CaseSteps steps;

  public RecordDialogue(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.of(execution).record("DIALOGUE_HELD", "Đối thoại: " + Decisions.text(execution.getVariable(DIALOGUE_SUMMARY)));
  }
}
