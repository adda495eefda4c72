package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận trường hợp chưa xem xét kỷ luật" (its rules: {@link PostponementRules}): a postponed case waits until the
 * day given — the timer's day, the end of it — the waiting days are added to the limitation period and the handling
 * clock stands still until then; either way the answer is in the history. Once per pass.
 */
@Component("recordPostponement")
public class RecordPostponement implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final Actors actors;
  private final DeskClock clock;
  private final CaseClocks clocks;

  public RecordPostponement(CaseRepository cases, CaseHistory history, Actors actors, DeskClock clock, CaseClocks clocks) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
    this.clock = clock;
    this.clocks = clocks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String actor = actors.current();
    PostponementReason reason = PostponementReason.valueOf(Decisions.text(execution.getVariable(POSTPONEMENT_REASON)));
    if (reason == PostponementReason.NONE) {
      history.recordStep(execution, caseId, "DISCIPLINE_NOT_POSTPONED", reason.label(), actor);
      return;
    }
    LocalDate end = Decisions.day(execution.getVariable(POSTPONED_UNTIL), clock.zone(),
        "Ngày hết thời gian chưa xem xét kỷ luật", "Phải ghi ngày hết thời gian chưa xem xét kỷ luật, sau ngày hôm nay");
    String until = "Chưa xem xét kỷ luật đến " + Dates.text(end) + ": " + reason.label();
    if (!history.recordStep(execution, caseId, "DISCIPLINE_POSTPONED",
        until + " (thời gian này không tính vào thời hiệu và thời hạn xử lý kỷ luật)", actor)) {
      return; // this pass has been recorded: the days are counted once
    }
    long paused = ((Number) execution.getVariable(PAUSED_DAYS)).longValue() + ChronoUnit.DAYS.between(clock.today(), end);
    execution.setVariable(PAUSED_DAYS, paused);
    execution.setVariable(POSTPONED_UNTIL, clock.endOf(end));
    clocks.find(caseId, ClockKind.DISCIPLINE).filter(k -> k.open() && !k.paused())
        .ifPresent(k -> clocks.pause(caseId, ClockKind.DISCIPLINE, until, actor));
  }
}
