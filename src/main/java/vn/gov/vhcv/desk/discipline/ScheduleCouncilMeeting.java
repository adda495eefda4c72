package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.notification.OfficialNotices;

/**
 * "Gửi giấy triệu tập họp Hội đồng kỷ luật" (its rules: {@link CouncilSummonsRules}): the official is summoned by the
 * "Giấy mời họp Hội đồng kỷ luật" notice with date, time and place (one per summons round), the meeting day becomes
 * the due date of "Họp Hội đồng kỷ luật", and the summons is in the history. Once per round.
 */
@Component("scheduleCouncilMeeting")
public class ScheduleCouncilMeeting implements JavaDelegate {

  private final CaseSteps steps;
  private final OfficialNotices officials;
  private final DeskClock clock;

  public ScheduleCouncilMeeting(CaseSteps steps, OfficialNotices officials, DeskClock clock) {
    this.steps = steps;
    this.officials = officials;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    LocalDate meeting = CouncilSummonsRules.meetingDay(execution.getVariable(COUNCIL_MEETING_DATE), clock);
    LocalTime time = CouncilSummonsRules.meetingTime(execution.getVariable(COUNCIL_MEETING_TIME));
    String place = (String) execution.getVariable(COUNCIL_MEETING_PLACE);
    int round = ((Number) execution.getVariable(COUNCIL_ABSENCES)).intValue() + 1;
    String when = time.format(CouncilSummonsRules.HH_MM) + " ngày " + Dates.text(meeting);
    execution.setVariable(COUNCIL_MEETING_DUE, clock.endOf(meeting));
    execution.setVariable(COUNCIL_SUMMONS_TEXT, "Triệu tập lần " + round + ", họp lúc " + when + " tại " + place);
    CaseRecord c = step.theCase();
    // to the official (else their unit), never with the complainant's identity (checked by OfficialNotices); once per round
    officials.councilSummons(c, round, meeting.atTime(time), place);
    step.record("COUNCIL_SUMMONED", "Triệu tập họp Hội đồng kỷ luật lần " + round + " lúc " + when);
  }
}
