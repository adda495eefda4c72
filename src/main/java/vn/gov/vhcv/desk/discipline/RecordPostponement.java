package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.gov.vhcv.desk.casefile.Decisions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Xem xét trường hợp chưa xem xét kỷ luật" (NĐ 172/2025): gravely ill, pregnant / on maternity leave /
 * raising a child under 12 months, or held in criminal proceedings — the case waits until a date, the
 * waiting days are added to the limitation period, and the handling clock stands still until then.
 */
@Component("recordPostponement")
public class RecordPostponement implements TaskListener {

  public enum Reason {
    NONE("Không thuộc trường hợp chưa xem xét kỷ luật"),
    ILLNESS("Đang điều trị bệnh hiểm nghèo, mất khả năng nhận thức hoặc ốm nặng điều trị nội trú"),
    MATERNITY("Đang mang thai, nghỉ thai sản, nuôi con dưới 12 tháng tuổi"),
    CRIMINAL_PROCEEDINGS("Đang bị khởi tố, tạm giữ, tạm giam chờ kết luận điều tra, truy tố, xét xử");

    final String label;

    Reason(String label) {
      this.label = label;
    }
  }

  private final CaseHistory history;
  private final Actors actors;
  private final DeskClock clock;
  private final CaseClocks clocks;

  private final CaseRepository cases;

  public RecordPostponement(CaseRepository cases, CaseHistory history, Actors actors, DeskClock clock, CaseClocks clocks) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    Reason reason = vn.gov.vhcv.desk.casefile.Decisions.parse(Reason.class, task.getVariable(POSTPONEMENT_REASON),
        "Chưa chọn trường hợp chưa xem xét kỷ luật");
    if (reason == Reason.NONE) {
      history.record(caseId, "DISCIPLINE_NOT_POSTPONED", reason.label, actors.completing(task), false);
      return;
    }
    LocalDate end = Decisions.day(task.getVariable(POSTPONED_UNTIL), clock.zone(), "Ngày hết thời gian chưa xem xét kỷ luật",
        "Phải ghi ngày hết thời gian chưa xem xét kỷ luật, sau ngày hôm nay");
    if (!end.isAfter(clock.today())) {
      throw new Refusal("Phải ghi ngày hết thời gian chưa xem xét kỷ luật, sau ngày hôm nay");
    }
    long paused = ((Number) task.getVariable(PAUSED_DAYS)).longValue() + ChronoUnit.DAYS.between(clock.today(), end);
    task.setVariable(PAUSED_DAYS, paused);
    task.setVariable(POSTPONED_UNTIL, clock.endOf(end));
    String actor = actors.completing(task);
    clocks.find(caseId, ClockKind.DISCIPLINE).filter(k -> k.open() && !k.paused()).ifPresent(k -> clocks.pause(
        caseId, ClockKind.DISCIPLINE, "Chưa xem xét kỷ luật đến " + Dates.text(end) + ": " + reason.label, actor));
    history.record(caseId, "DISCIPLINE_POSTPONED", "Chưa xem xét kỷ luật đến " + Dates.text(end) + ": "
        + reason.label + " (thời gian này không tính vào thời hiệu và thời hạn xử lý kỷ luật)", actor, false);
  }
}
