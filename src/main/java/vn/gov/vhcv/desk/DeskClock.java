package vn.gov.vhcv.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The desk's notion of "now": the engine's clock (engine/EngineClock, so tests that move the engine's clock
 * move the whole desk), read in the province's time zone.
 */
@Component
public class DeskClock {

  /** Where "now" comes from: the engine's clock, which only the engine room reads. */
  public interface Source {
    Instant now();
  }

  private final ZoneId zone;
  private final Source source;

  public DeskClock(DeskProperties properties, Source source) {
    this.zone = properties.zone();
    this.source = source;
  }

  public Instant now() {
    return source.now();
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
