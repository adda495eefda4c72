package vn.gov.vhcv.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The desk's notion of "now": the engine's clock (so tests that move {@link ClockUtil} move the
 * whole desk), read in the province's time zone.
 */
@Component
public class DeskClock {

  private final ZoneId zone;

  public DeskClock(DeskProperties properties) {
    this.zone = properties.zone();
  }

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public OffsetDateTime nowOffset() {
    return now().atZone(zone).toOffsetDateTime();
  }

  public LocalDate today() {
    return now().atZone(zone).toLocalDate();
  }

  public ZoneId zone() {
    return zone;
  }

  public java.time.Clock asClock() {
    return java.time.Clock.fixed(now(), zone);
  }

  /** The last second of {@code day} in the province: a deadline day is usable until its end. */
  public Date endOf(LocalDate day) {
    return Date.from(day.atTime(23, 59, 59).atZone(zone).toInstant());
  }
}
