package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
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
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Họp kiểm điểm" is complete with the date and the minutes of the review meeting at the official's unit: held not
 * after today, and not before the discipline's handling period began (the approved conclusion). Whoever records it
 * took part in proposing the sanction and may not decide it ({@link Proposers}). "Ghi nhận biên bản họp kiểm điểm"
 * ({@link RecordReviewMeeting}) writes the minutes down.
 */
@Component("reviewMeetingRules")
public class ReviewMeetingRules implements TaskListener {

  private final CaseRepository cases;
  private final Actors actors;
  private final DeskClock clock;
  private final CaseClocks clocks;

  public ReviewMeetingRules(CaseRepository cases, Actors actors, DeskClock clock, CaseClocks clocks) {
    this.cases = cases;
    this.actors = actors;
    this.clock = clock;
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate held = Decisions.day(task.getVariable(REVIEW_MEETING_DATE), clock.zone(), "Ngày họp kiểm điểm",
        "Chưa ghi ngày họp kiểm điểm");
    if (held.isAfter(clock.today())) {
      throw new Refusal("Ngày họp kiểm điểm (" + Dates.text(held) + ") không thể sau hôm nay");
    }
    LocalDate began = clocks.find(cases.caseIdOf(task), ClockKind.DISCIPLINE).map(CaseClock::startedOn).orElse(null);
    if (began != null && held.isBefore(began)) {
      throw new Refusal("Ngày họp kiểm điểm (" + Dates.text(held) + ") không thể trước ngày bắt đầu xem xét kỷ luật ("
          + Dates.text(began) + ")");
    }
    Decisions.requireText(task.getVariable(REVIEW_MINUTES), 20, "Phải tóm tắt biên bản họp kiểm điểm (ít nhất 20 ký tự)");
    task.setVariable(REVIEW_MEETING_DATE, clock.endOf(held));
    Proposers.add(task, actors.completing(task));
  }
}
