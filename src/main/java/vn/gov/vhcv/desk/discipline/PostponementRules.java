package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Xem xét trường hợp chưa xem xét kỷ luật" (NĐ 172/2025) is complete with the case named — gravely ill, pregnant /
 * on maternity leave / raising a child under 12 months, held in criminal proceedings, or none — and, for a
 * postponement, the day it ends, after today. "Ghi nhận trường hợp chưa xem xét kỷ luật" ({@link RecordPostponement})
 * writes it down and stops the clocks.
 */
@Component("postponementRules")
public class PostponementRules implements TaskListener {

  private final DeskClock clock;

  public PostponementRules(DeskClock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    PostponementReason reason = Decisions.parse(PostponementReason.class, task.getVariable(POSTPONEMENT_REASON),
        "Chưa chọn trường hợp chưa xem xét kỷ luật");
    if (reason == PostponementReason.NONE) {
      return;
    }
    LocalDate end = Decisions.day(task.getVariable(POSTPONED_UNTIL), clock.zone(), "Ngày hết thời gian chưa xem xét kỷ luật",
        "Phải ghi ngày hết thời gian chưa xem xét kỷ luật, sau ngày hôm nay");
    if (!end.isAfter(clock.today())) {
      throw new Refusal("Phải ghi ngày hết thời gian chưa xem xét kỷ luật, sau ngày hôm nay");
    }
  }
}
