package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Họp Hội đồng kỷ luật" is complete when it says whether the official was present. Absent at the first or second
 * summons, the meeting is adjourned and summoned again; at the third it goes on without them. A meeting held decides
 * the breach's severity (the investigator's proposal is pre-filled); the limitation is judged with the form that
 * severity warrants (a breach the council finds only less serious has 5 years, not 10). Within it, the council
 * recommends a form that applies to the official and is no heavier than the sanction table gives, with the minutes;
 * its secretary then took part in proposing the sanction ({@link Proposers}). "Ghi nhận kết quả họp Hội đồng kỷ
 * luật" ({@link RecordCouncilMeeting}) writes down which of the three it was.
 */
@Component("councilMeetingRules")
public class CouncilMeetingRules implements TaskListener {

  static final int ABSENCES_BEFORE_MEETING_WITHOUT = 2;

  private final Actors actors;
  private final SanctionTable table;
  private final DeskClock clock;

  public CouncilMeetingRules(Actors actors, SanctionTable table, DeskClock clock) {
    this.actors = actors;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String attended = Decisions.text(task.getVariable(OFFICIAL_ATTENDED));
    if (!"YES".equals(attended) && !"NO".equals(attended)) {
      throw new Refusal("Chưa ghi người bị xem xét kỷ luật có mặt hay vắng mặt");
    }
    if (adjourned(task)) {
      return;
    }
    Severity severity = severity(task);
    if (CheckDisciplineLimitation.expired(task, severity, clock, table)) {
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
          + severity.label().toLowerCase(Locale.ROOT) + " này: " + law.form().label() + " (" + law.legalBasis() + ")");
    }
    if (!recommended.appliesTo(kind, leader)) {
      throw new Refusal("Hình thức " + recommended.label() + " không áp dụng cho người bị xem xét kỷ luật này");
    }
    Decisions.requireText(task.getVariable(COUNCIL_MINUTES), 20, "Phải tóm tắt biên bản họp Hội đồng (ít nhất 20 ký tự)");
    Proposers.add(task, actors.completing(task));
  }

  /** The official is absent at the first or second summons: the meeting is adjourned. */
  static boolean adjourned(VariableScope scope) {
    return "NO".equals(Decisions.text(scope.getVariable(OFFICIAL_ATTENDED)))
        && ((Number) scope.getVariable(COUNCIL_ABSENCES)).intValue() < ABSENCES_BEFORE_MEETING_WITHOUT;
  }

  /** The severity the council decided. */
  static Severity severity(VariableScope scope) {
    Severity severity = Severity.of(scope.getVariable(COUNCIL_SEVERITY));
    if (severity == null) {
      throw new Refusal("Chưa chọn mức độ vi phạm Hội đồng xác định (ít nghiêm trọng, nghiêm trọng hoặc rất nghiêm trọng)");
    }
    return severity;
  }
}
