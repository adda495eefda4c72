package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseVariables;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * Starts the watch ("Theo dõi thời hạn") of a new case's acknowledgement clock when "Đăng ký hồ sơ" ends. The
 * intake request stores the clock but not its watch, so a spike of reports does not wait on it; warnings are
 * computed from the clock's dates, so starting the watch moments later changes none of them. A clock met in
 * the meantime is not watched; running again starts no second watch.
 */
@Component("watchAcknowledgementClock")
public class WatchAcknowledgementClock implements ExecutionListener {

  private final CaseClocks clocks;
  private final ClockWatchSignals signals;

  private final CaseRepository cases;

  public WatchAcknowledgementClock(CaseRepository cases, CaseClocks clocks, ClockWatchSignals signals) {
    this.cases = cases;
    this.clocks = clocks;
    this.signals = signals;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    clocks.find(caseId, ClockKind.ACKNOWLEDGEMENT).filter(CaseClock::open).ifPresent(signals::ensureWatched);
  }
}
