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

/**
 * "Họp Hội đồng kỷ luật": the official is heard; absent at the first or second summons the meeting is
 * adjourned and summoned again; at the third it goes on without them. The council recommends a form.
 */
@Component("recordCouncilMeeting")
public class RecordCouncilMeeting implements TaskListener {

  static final int ABSENCES_BEFORE_MEETING_WITHOUT = 2;

  private final CaseHistory history;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordCouncilMeeting(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    String attended = Decisions.text(task.getVariable(OFFICIAL_ATTENDED));
    if (!"YES".equals(attended) && !"NO".equals(attended)) {
      throw new Refusal("Chưa ghi người bị xem xét kỷ luật có mặt hay vắng mặt");
    }
    int absences = ((Number) task.getVariable(COUNCIL_ABSENCES)).intValue();
    String actor = actors.completing(task);
    if ("NO".equals(attended) && absences < ABSENCES_BEFORE_MEETING_WITHOUT) {
      task.setVariable(COUNCIL_ABSENCES, absences + 1);
      task.setVariable(COUNCIL_ADJOURNED, true);
      history.record(caseId, "COUNCIL_ADJOURNED", "Người bị xem xét kỷ luật vắng mặt lần " + (absences + 1)
          + "; hoãn họp, triệu tập lại", actor, false);
      return;
    }
    Sanction recommended = Decisions.parse(Sanction.class, task.getVariable(COUNCIL_RECOMMENDATION),
        "Chưa chọn hình thức kỷ luật Hội đồng kiến nghị");
    if (!recommended.appliesTo((String) task.getVariable(OFFICIAL_KIND), Boolean.TRUE.equals(task.getVariable(OFFICIAL_LEADER)))) {
      throw new Refusal("Hình thức " + recommended.label() + " không áp dụng cho người bị xem xét kỷ luật này");
    }
    String minutes = Decisions.requireText(task.getVariable(COUNCIL_MINUTES), 20,
        "Phải tóm tắt biên bản họp Hội đồng (ít nhất 20 ký tự)");
    task.setVariable(COUNCIL_ADJOURNED, false);
    task.setVariable(RECOMMENDED_SANCTION, recommended.name());
    task.setVariable(RECOMMENDED_SANCTION_TEXT, recommended.label());
    Proposers.add(task, actor);
    history.record(caseId, "COUNCIL_HELD", ("NO".equals(attended) ? "Họp vắng mặt người bị xem xét (vắng lần thứ ba). " : "")
        + "Hội đồng kiến nghị: " + recommended.label() + ". " + minutes, actor, false);
  }
}
