package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;

/**
 * "Đề nghị bổ sung thông tin": the question to the sender, on the public timeline and by notice, with
 * the 15 days they have to answer (POST /api/public/reports/{code}/information). The acknowledgement clock
 * stands still while the desk waits on the sender (it runs again, its due date moved by the days it stood
 * still, when the answer arrives). Idempotent per round.
 */
@Component("requestInformation")
public class RequestInformation implements JavaDelegate {

  public static final int DAYS_TO_ANSWER = 15;

  private final CaseRepository cases;
  private final CaseHistory history;
  private final ComplainantNotices notices;
  private final DeskClock clock;
  private final CaseClocks clocks;

  private final WorkingCalendar calendar;

  public RequestInformation(WorkingCalendar calendar, CaseRepository cases, CaseHistory history, ComplainantNotices notices, DeskClock clock,
      CaseClocks clocks) {
    this.calendar = calendar;
    this.clocks = clocks;
    this.cases = cases;
    this.history = history;
    this.notices = notices;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    var due = calendar.addCalendarDays(clock.today(), DAYS_TO_ANSWER); // BLDS 2015 Điều 148: not on a rest day
    execution.setVariable("informationDue", clock.endOf(due));
    String text = "Đề nghị ông/bà bổ sung thông tin: " + execution.getVariable(ClassificationRules.INFORMATION_REQUEST)
        + ". Hạn bổ sung: " + Dates.text(due) + "; quá hạn hồ sơ sẽ được đóng.";
    history.recordOnce(c.id(), "INFORMATION_REQUESTED", text, null, true, "INFORMATION_REQUESTED:" + execution.getId());
    // the status page shows the sender the form to answer (SenderInformation takes the answer)
    cases.updateStatus(c.id(), vn.gov.vhcv.desk.casefile.CaseStatus.AWAITING_INFO);
    notices.send(c, NoticeKind.INFORMATION_REQUEST, "Đề nghị bổ sung thông tin", text);
    // a clock pauses while the desk waits on the complainant
    clocks.find(c.id(), ClockKind.ACKNOWLEDGEMENT).filter(k -> k.open() && !k.paused()).ifPresent(k -> clocks.pause(
        c.id(), ClockKind.ACKNOWLEDGEMENT, "Chờ người phản ánh bổ sung thông tin (hạn " + Dates.text(due) + ")",
        "system"));
  }
}
