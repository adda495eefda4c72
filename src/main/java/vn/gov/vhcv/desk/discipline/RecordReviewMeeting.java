package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.triage.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;

/** "Họp kiểm điểm": the date and the minutes of the review meeting at the official's unit. */
@Component("recordReviewMeeting")
public class RecordReviewMeeting implements TaskListener {

  private final CaseHistory history;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordReviewMeeting(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable(REVIEW_MEETING_DATE) == null) {
      throw new Refusal("Chưa ghi ngày họp kiểm điểm");
    }
    String minutes = Decisions.requireText(task.getVariable(REVIEW_MINUTES), 20,
        "Phải tóm tắt biên bản họp kiểm điểm (ít nhất 20 ký tự)");
    String actor = actors.completing(task);
    Proposers.add(task, actor);
    history.record(cases.caseIdOf(task), "REVIEW_MEETING", "Họp kiểm điểm: " + minutes, actor, false);
  }
}
