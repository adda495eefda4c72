package vn.gov.vhcv.desk.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.clock.CaseClocks;

/** "Tính lại trạng thái các thời hạn": one set-based UPDATE over every open clock. Idempotent. */
@Component("recomputeSlaStates")
public class RecomputeSlaStates implements JavaDelegate {

  private final CaseClocks clocks;
  private final DeskClock clock;

  public RecomputeSlaStates(CaseClocks clocks, DeskClock clock) {
    this.clocks = clocks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("clocksChanged", clocks.recomputeStates(clock.today()));
  }
}
