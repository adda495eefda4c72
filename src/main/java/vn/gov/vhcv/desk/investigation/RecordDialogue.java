package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.DIALOGUE_DATE;
import static vn.gov.vhcv.desk.investigation.InvestigationVariables.DIALOGUE_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Ghi nhận biên bản đối thoại": the day and the minutes of the dialogue in the case history. */
@Component("recordDialogue")
public class RecordDialogue implements JavaDelegate {

  private final CaseSteps steps;

  private final DeskClock clock;

  public RecordDialogue(CaseSteps steps, DeskClock clock) {
    this.steps = steps;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var held = Decisions.day(execution.getVariable(DIALOGUE_DATE), clock.zone(), "Ngày đối thoại", "Chưa ghi ngày đối thoại");
    steps.of(execution).record("DIALOGUE_HELD", "Đối thoại ngày " + Dates.text(held) + ": "
        + Decisions.text(execution.getVariable(DIALOGUE_SUMMARY)));
  }
}
