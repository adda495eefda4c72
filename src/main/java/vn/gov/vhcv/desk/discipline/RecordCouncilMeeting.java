package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận kết quả họp Hội đồng kỷ luật" (its rules: {@link CouncilMeetingRules}): an adjourned meeting counts the
 * absence and goes back to the summons; a meeting held sets the severity the council decided and the limitation it
 * warrants — run out, the case goes to "Ghi nhận hết thời hiệu"; else the council's recommendation becomes the form
 * the leader decides on. Each in the history, once per pass.
 */
@Component("recordCouncilMeeting")
public class RecordCouncilMeeting implements JavaDelegate {

  private final CaseSteps steps;
  private final SanctionTable table;
  private final DeskClock clock;

  public RecordCouncilMeeting(CaseSteps steps, SanctionTable table, DeskClock clock) {
    this.steps = steps;
    this.table = table;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    if (CouncilMeetingRules.adjourned(execution)) {
      int absences = ((Number) execution.getVariable(COUNCIL_ABSENCES)).intValue() + 1;
      if (step.record("COUNCIL_ADJOURNED", "Người bị xem xét kỷ luật vắng mặt lần " + absences
          + "; hoãn họp, triệu tập lại")) {
        execution.setVariable(COUNCIL_ABSENCES, absences);
        execution.setVariable(COUNCIL_ADJOURNED, true);
      }
      return;
    }
    Severity severity = CouncilMeetingRules.severity(execution);
    execution.setVariable(SEVERITY, severity.name());
    execution.setVariable(COUNCIL_ADJOURNED, false);
    String level = severity.label().toLowerCase(Locale.ROOT);
    if (CheckDisciplineLimitation.check(execution, severity, clock, table)) {
      step.record("COUNCIL_HELD", "Hội đồng xác định mức độ vi phạm: " + level + "; thời hiệu "
          + execution.getVariable(LIMITATION_YEARS) + " năm đã hết ngày " + execution.getVariable(LIMITATION_ENDS_TEXT));
      return;
    }
    Sanction recommended = Sanction.valueOf(Decisions.text(execution.getVariable(COUNCIL_RECOMMENDATION)));
    execution.setVariable(RECOMMENDED_SANCTION, recommended.name());
    execution.setVariable(RECOMMENDED_SANCTION_TEXT, recommended.label());
    step.record("COUNCIL_HELD",
        ("NO".equals(Decisions.text(execution.getVariable(OFFICIAL_ATTENDED)))
            ? "Họp vắng mặt người bị xem xét (vắng lần thứ ba). " : "")
        + "Mức độ vi phạm: " + level + ". Hội đồng kiến nghị: " + recommended.label() + ". "
        + Decisions.text(execution.getVariable(COUNCIL_MINUTES)));
  }
}
