package vn.gov.vhcv.desk.clock;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;

/**
 * "Tính mốc cảnh báo tiếp theo": reads the clock as it is now and sets what the watch waits for —
 * {@code watchState} RUNNING with the next warning moment {@code nextAt} (now, when a level is due and not
 * yet sent), WAITING (paused, or breached and escalated: only a change can wake it) or STOPPED (met).
 * Reads only; running it again sets the same values.
 */
@Component("armClockWatch")
public class ArmClockWatch implements JavaDelegate {

  private final CaseClocks clocks;
  private final DeskClock clock;

  public ArmClockWatch(CaseClocks clocks, DeskClock clock) {
    this.clocks = clocks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseClock c = clocks.watchedBy(execution).orElse(null);
    if (c == null || !c.open()) {
      execution.setVariable("watchState", "STOPPED");
      return;
    }
    if (c.paused()) {
      execution.setVariable("watchState", "WAITING");
      return;
    }
    int reached = ClockMilestones.reached(c, clock.now(), clock.zone());
    int notified = ClockMilestones.notified(c);
    if (reached > notified) {
      arm(execution, reached, new Date(clock.now().toEpochMilli()));
      return;
    }
    int next = ClockMilestones.next(c, Math.max(reached, notified));
    if (next == 0) {
      execution.setVariable("watchState", "WAITING");
      return;
    }
    arm(execution, next, Date.from(ClockMilestones.at(c, next, clock.zone())));
  }

  private static void arm(DelegateExecution execution, int level, Date at) {
    execution.setVariable("watchState", "RUNNING");
    execution.setVariable("nextLevel", level);
    execution.setVariable("nextAt", at);
  }
}
