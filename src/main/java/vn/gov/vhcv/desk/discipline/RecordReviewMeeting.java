package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.REVIEW_MINUTES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/** "Ghi nhận biên bản họp kiểm điểm": the minutes in the case history (its rules: {@link ReviewMeetingRules}). */
@Component("recordReviewMeeting")
public class RecordReviewMeeting implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final Actors actors;

  public RecordReviewMeeting(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    history.recordStep(execution, cases.caseIdOf(execution), "REVIEW_MEETING",
        "Họp kiểm điểm: " + Decisions.text(execution.getVariable(REVIEW_MINUTES)), actors.current());
  }
}
