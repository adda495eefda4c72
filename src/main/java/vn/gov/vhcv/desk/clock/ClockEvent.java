package vn.gov.vhcv.desk.clock;

/**
 * What {@link CaseClocks} publishes (a Spring application event) when a watched clock starts, changes (pause, resume,
 * approved extension, a new policy) or stops. The clock store knows no listener: {@link ClockWatchSignals} listens
 * and tells the clock's "Theo dõi thời hạn" process, so neither needs a reference back to the other.
 */
public sealed interface ClockEvent {

  /** A watched clock started, or a met clock started afresh. */
  record Started(CaseClock clock) implements ClockEvent {}

  /** A running clock changed: {@code after} is the clock as it is now, {@code before} as it was. */
  record Changed(CaseClock before, CaseClock after) implements ClockEvent {}

  /** A watched clock was met: the step it measures is done. */
  record Stopped(CaseClock clock) implements ClockEvent {}
}
