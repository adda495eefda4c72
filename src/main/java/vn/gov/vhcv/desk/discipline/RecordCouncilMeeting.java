package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Họp Hội đồng kỷ luật": the official is heard; absent at the first or second summons the meeting is
 * adjourned and summoned again; at the third it goes on without them. The council decides the breach's severity
 * (the investigator's proposal is pre-filled): the limitation is checked again with the form that severity warrants
 * (a breach the council finds only less serious has 5 years, not 10), and the council recommends a form no heavier
 * than the sanction table gives for it.
 */
@Component("recordCouncilMeeting")
public class RecordCouncilMeeting implements TaskListener {

  static final int ABSENCES_BEFORE_MEETING_WITHOUT = 2;

  private final CaseHistory history;
  private final Actors actors;
  private final SanctionTable table;
  private final DeskClock clock;

  private final CaseRepository cases;

  public RecordCouncilMeeting(CaseRepository cases, CaseHistory history, Actors actors, SanctionTable table, DeskClock clock) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
    this.table = table;
    this.clock = clock;
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
    Severity severity = Severity.of(task.getVariable(COUNCIL_SEVERITY));
    if (severity == null) {
      throw new Refusal("Chưa chọn mức độ vi phạm Hội đồng xác định (ít nghiêm trọng, nghiêm trọng hoặc rất nghiêm trọng)");
    }
    task.setVariable(SEVERITY, severity.name());
    task.setVariable(COUNCIL_ADJOURNED, false);
    if (CheckDisciplineLimitation.check(task, severity, clock, table)) {
      history.record(caseId, "COUNCIL_HELD", "Hội đồng xác định mức độ vi phạm: " + severity.label().toLowerCase(java.util.Locale.ROOT)
          + "; thời hiệu " + task.getVariable(LIMITATION_YEARS) + " năm đã hết ngày " + task.getVariable(LIMITATION_ENDS_TEXT),
          actor, false);
      return;
    }
    String kind = (String) task.getVariable(OFFICIAL_KIND);
    boolean leader = Boolean.TRUE.equals(task.getVariable(OFFICIAL_LEADER));
    SanctionTable.Answer law = table.evaluate(kind, leader, severity, Sanction.valueOf((String) task.getVariable(PRIOR_SANCTION)),
        Boolean.TRUE.equals(task.getVariable(SERVING_DISCIPLINE)));
    Sanction recommended = Decisions.parse(Sanction.class, task.getVariable(COUNCIL_RECOMMENDATION),
        "Chưa chọn hình thức kỷ luật Hội đồng kiến nghị");
    if (recommended.appliesTo(kind, leader) && recommended.weight() > law.form().weight()) {
      throw new Refusal("Hội đồng không được kiến nghị hình thức nặng hơn hình thức pháp luật quy định cho vi phạm "
          + severity.label().toLowerCase(java.util.Locale.ROOT) + " này: " + law.form().label() + " (" + law.legalBasis() + ")");
    }
    if (!recommended.appliesTo((String) task.getVariable(OFFICIAL_KIND), Boolean.TRUE.equals(task.getVariable(OFFICIAL_LEADER)))) {
      throw new Refusal("Hình thức " + recommended.label() + " không áp dụng cho người bị xem xét kỷ luật này");
    }
    String minutes = Decisions.requireText(task.getVariable(COUNCIL_MINUTES), 20,
        "Phải tóm tắt biên bản họp Hội đồng (ít nhất 20 ký tự)");
    task.setVariable(RECOMMENDED_SANCTION, recommended.name());
    task.setVariable(RECOMMENDED_SANCTION_TEXT, recommended.label());
    Proposers.add(task, actor);
    history.record(caseId, "COUNCIL_HELD", ("NO".equals(attended) ? "Họp vắng mặt người bị xem xét (vắng lần thứ ba). " : "")
        + "Mức độ vi phạm: " + severity.label().toLowerCase(java.util.Locale.ROOT) + ". Hội đồng kiến nghị: "
        + recommended.label() + ". " + minutes, actor, false);
  }
}
