package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Ghi nhận trường hợp chưa xem xét kỷ luật" (its rules: {@link PostponementRules}): a postponed case waits until the
 * day given — the timer's day, the end of it — the waiting days are added to the limitation period and the handling
 * clock stands still until then; either way the answer is in the history. Once per pass.
 */
@Component("recordPostponement")
public class RecordPostponement implements JavaDelegate {

  private final CaseSteps steps;
  private final DeskClock clock;
  private final CaseClocks clocks;

  public RecordPostponement(CaseSteps steps, DeskClock clock, CaseClocks clocks) {
    this.steps = steps;
    this.clock = clock;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    PostponementReason reason = PostponementReason.valueOf(Decisions.text(execution.getVariable(POSTPONEMENT_REASON)));
    if (reason == PostponementReason.NONE) {
      step.record("DISCIPLINE_NOT_POSTPONED", reason.label());
      return;
    }
    LocalDate end = Decisions.day(execution.getVariable(POSTPONED_UNTIL), clock.zone(),
        "Ngày hết thời gian chưa xem xét kỷ luật", "Phải ghi ngày hết thời gian chưa xem xét kỷ luật, sau ngày hôm nay");
    String until = "Chưa xem xét kỷ luật đến " + Dates.text(end) + ": " + reason.label();
    if (!step.record("DISCIPLINE_POSTPONED",
        until + " (thời gian này không tính vào thời hiệu và thời hạn xử lý kỷ luật)")) {
      return; // this pass has been recorded: the days are counted once
    }
    long paused = ((Number) execution.getVariable(PAUSED_DAYS)).longValue() + ChronoUnit.DAYS.between(clock.today(), end);
    execution.setVariable(PAUSED_DAYS, paused);
    execution.setVariable(POSTPONED_UNTIL, clock.endOf(end));
    clocks.find(step.caseId(), ClockKind.DISCIPLINE).filter(k -> k.open() && !k.paused())
        .ifPresent(k -> clocks.pause(step.caseId(), ClockKind.DISCIPLINE, until, step.actor()));
  }
}
