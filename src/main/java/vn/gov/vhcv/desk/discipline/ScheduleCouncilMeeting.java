package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.casefile.CaseVariables.CASE_ID;
import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.deadline.WorkingCalendar;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Triệu tập họp Hội đồng kỷ luật": the meeting must be at least 7 working days after the summons
 * (today), on the civil-service calendar; the official is summoned in writing.
 */
@Component("scheduleCouncilMeeting")
public class ScheduleCouncilMeeting implements TaskListener {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final WorkingCalendar calendar;
  private final Outbox outbox;
  private final CaseHistory history;
  private final Actors actors;
  private final DeskClock clock;

  public ScheduleCouncilMeeting(CaseRepository cases, ReferenceData reference, WorkingCalendar calendar, Outbox outbox,
      CaseHistory history, Actors actors, DeskClock clock) {
    this.cases = cases;
    this.reference = reference;
    this.calendar = calendar;
    this.outbox = outbox;
    this.history = history;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = (Long) task.getVariable(CASE_ID);
    if (!(task.getVariable(COUNCIL_MEETING_DATE) instanceof Date d)) {
      throw new ProcessEngineException("Chưa chọn ngày họp Hội đồng kỷ luật");
    }
    LocalDate meeting = d.toInstant().atZone(clock.zone()).toLocalDate();
    LocalDate earliest = calendar.addWorkingDays(clock.today(), SUMMONS_WORKING_DAYS);
    if (meeting.isBefore(earliest)) {
      throw new ProcessEngineException("Giấy triệu tập phải gửi trước ngày họp ít nhất " + SUMMONS_WORKING_DAYS
          + " ngày làm việc: ngày họp sớm nhất là " + ComplainantNotices.date(earliest));
    }
    if (!calendar.isWorkingDay(meeting)) {
      throw new ProcessEngineException("Ngày họp " + ComplainantNotices.date(meeting) + " không phải ngày làm việc");
    }
    int round = ((Number) task.getVariable(COUNCIL_ABSENCES)).intValue() + 1;
    task.setVariable(COUNCIL_MEETING_DUE, clock.endOf(meeting));
    task.setVariable(COUNCIL_SUMMONS_TEXT, "Triệu tập lần " + round + ", họp ngày " + ComplainantNotices.date(meeting));
    CaseRecord c = cases.findById(caseId).orElseThrow();
    reference.official(c.officialBadgeCode()).filter(o -> o.email() != null).ifPresent(o -> outbox.enqueue(caseId,
        "COUNCIL_SUMMONS:" + caseId + ":" + round, NoticeKind.COUNCIL_SUMMONS, o.email(),
        "[" + c.trackingCode() + "] Giấy triệu tập họp Hội đồng kỷ luật (lần " + round + ")",
        "Kính gửi " + o.fullName() + ",\n\nHội đồng kỷ luật họp ngày " + ComplainantNotices.date(meeting)
            + " để xem xét hồ sơ " + c.trackingCode() + ". Đồng chí có quyền trình bày ý kiến, gửi bản tự kiểm điểm."
            + " Vắng mặt hai lần không có lý do chính đáng thì lần thứ ba Hội đồng họp vắng mặt.\n\nTrân trọng."));
    history.record(caseId, "COUNCIL_SUMMONED", "Triệu tập họp Hội đồng kỷ luật lần " + round + " ngày "
        + ComplainantNotices.date(meeting), actors.completing(task), false);
  }
}
