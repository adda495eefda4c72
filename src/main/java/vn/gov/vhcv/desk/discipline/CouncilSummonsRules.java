package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;

/**
 * "Triệu tập họp Hội đồng kỷ luật" is complete with the meeting's date, time and place: at least
 * {@value DisciplineVariables#SUMMONS_WORKING_DAYS} working days after the summons (today), on a working day, in office
 * hours, and not after the discipline clock's due date (the council meets within the handling period; if it cannot,
 * the period is extended first). "Gửi giấy triệu tập họp Hội đồng kỷ luật" ({@link ScheduleCouncilMeeting}) summons
 * the official.
 */
@Component("councilSummonsRules")
public class CouncilSummonsRules implements TaskListener {

  static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private static final LocalTime EARLIEST = LocalTime.of(7, 0);
  private static final LocalTime LATEST = LocalTime.of(17, 0);

  private final CaseRepository cases;
  private final WorkingCalendar calendar;
  private final DeskClock clock;
  private final CaseClocks clocks;

  public CouncilSummonsRules(CaseRepository cases, WorkingCalendar calendar, DeskClock clock, CaseClocks clocks) {
    this.cases = cases;
    this.calendar = calendar;
    this.clock = clock;
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    LocalDate meeting = meetingDay(task.getVariable(COUNCIL_MEETING_DATE), clock);
    meetingTime(task.getVariable(COUNCIL_MEETING_TIME));
    String place = meetingPlace(task.getVariable(COUNCIL_MEETING_PLACE));
    LocalDate earliest = calendar.addWorkingDays(clock.today(), SUMMONS_WORKING_DAYS);
    if (meeting.isBefore(earliest)) {
      throw new Refusal("Giấy triệu tập phải gửi trước ngày họp ít nhất " + SUMMONS_WORKING_DAYS
          + " ngày làm việc: ngày họp sớm nhất là " + Dates.text(earliest));
    }
    if (!calendar.isWorkingDay(meeting)) {
      throw new Refusal("Ngày họp " + Dates.text(meeting) + " không phải ngày làm việc");
    }
    CaseClock handling = clocks.find(caseId, ClockKind.DISCIPLINE).filter(CaseClock::open).orElse(null);
    if (handling != null && meeting.isAfter(handling.dueOn())) {
      throw new Refusal("Ngày họp " + Dates.text(meeting) + " sau hạn xử lý kỷ luật ("
          + Dates.text(handling.dueOn()) + "): Hội đồng phải họp trong thời hạn xử lý kỷ luật; nếu không kịp, "
          + "đề nghị gia hạn thời hạn trước khi triệu tập");
    }
    task.setVariable(COUNCIL_MEETING_PLACE, place);
  }

  static LocalDate meetingDay(Object value, DeskClock clock) {
    return Decisions.day(value, clock.zone(), "Ngày họp Hội đồng kỷ luật", "Chưa chọn ngày họp Hội đồng kỷ luật");
  }

  static LocalTime meetingTime(Object value) {
    if (!(value instanceof String s) || s.isBlank()) {
      throw new Refusal("Chưa chọn giờ họp Hội đồng kỷ luật");
    }
    LocalTime t;
    try {
      // "08:30"; a form may add seconds or an offset ("08:30:00", "08:30+07:00")
      t = LocalTime.parse(s.strip().length() >= 5 ? s.strip().substring(0, 5) : s.strip(), HH_MM);
    } catch (DateTimeParseException e) {
      throw new Refusal("Giờ họp không hợp lệ (giờ:phút, ví dụ 08:30): " + s);
    }
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      throw new Refusal("Giờ họp phải trong giờ hành chính, từ " + EARLIEST.format(HH_MM) + " đến "
          + LATEST.format(HH_MM));
    }
    return t;
  }

  private static String meetingPlace(Object value) {
    String place = value instanceof String s ? s.strip() : "";
    if (place.length() < 5 || place.length() > 300) {
      throw new Refusal("Địa điểm họp Hội đồng kỷ luật phải có từ 5 đến 300 ký tự");
    }
    return place;
  }
}
