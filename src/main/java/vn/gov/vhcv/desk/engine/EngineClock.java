package vn.gov.vhcv.desk.engine;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;

/**
 * The engine's clock as the desk's "now" ({@link DeskClock}): timers, due dates and the desk's own dates move
 * together when a test sets the engine's time.
 */
@Component
public class EngineClock implements DeskClock.Source {

  @Override
  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
