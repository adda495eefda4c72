package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.REVIEW_MINUTES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Ghi nhận biên bản họp kiểm điểm": the minutes in the case history (its rules: {@link ReviewMeetingRules}). */
@Component("recordReviewMeeting")
public class RecordReviewMeeting implements JavaDelegate {

  private final CaseSteps steps;

  public RecordReviewMeeting(CaseSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    steps.of(execution).record("REVIEW_MEETING", "Họp kiểm điểm: " + Decisions.text(execution.getVariable(REVIEW_MINUTES)));
  }
}
