package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Tổ chức đối thoại" (khiếu nại, Điều 30 Luật Khiếu nại 2011): the date and the minutes. The dialogue was held: not
 * after today, and not before the complaint was accepted (its resolution period began); the minutes are summarised.
 * "Ghi nhận biên bản đối thoại" ({@link RecordDialogue}) writes them down.
 */
@Component("dialogueRules")
public class DialogueRules implements TaskListener {

  private final DeskClock clock;
  private final CaseClocks clocks;

  private final CaseRepository cases;

  public DialogueRules(CaseRepository cases, DeskClock clock, CaseClocks clocks) {
    this.cases = cases;
    this.clock = clock;
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate held = Decisions.day(task.getVariable(DIALOGUE_DATE), clock.zone(), "Ngày đối thoại", "Chưa ghi ngày đối thoại");
    if (held.isAfter(clock.today())) {
      throw new Refusal("Ngày đối thoại (" + Dates.text(held) + ") không thể sau hôm nay");
    }
    LocalDate accepted = clocks.find(cases.caseIdOf(task), ClockKind.RESOLUTION).map(CaseClock::startedOn).orElse(null);
    if (accepted != null && held.isBefore(accepted)) {
      throw new Refusal("Ngày đối thoại (" + Dates.text(held) + ") không thể trước ngày thụ lý đơn ("
          + Dates.text(accepted) + ")");
    }
    Decisions.requireText(task.getVariable(DIALOGUE_SUMMARY), 20,
        "Phải tóm tắt biên bản đối thoại (ít nhất 20 ký tự)");
  }
}
