package vn.gov.vhcv.desk.clock;

import vn.gov.vhcv.desk.calendar.DayKind;

/**
 * One statutory period: how long, in which kind of days, when to warn, how it may be extended, and why
 * (a row of {@code processes/sla-policy.dmn}), and the event it is counted from.
 */
public record ClockPolicy(ClockKind kind, int days, DayKind dayKind, String legalBasis, int warnPercent,
    int riskPercent, int maxExtensions, int extensionDays, CountedFrom countedFrom) {

  public ClockPolicy(ClockKind kind, int days, DayKind dayKind, String legalBasis) {
    this(kind, days, dayKind, legalBasis, 50, 75, 0, 0, CountedFrom.EVENT);
  }

  public ClockPolicy(ClockKind kind, int days, DayKind dayKind, String legalBasis, int warnPercent, int riskPercent,
      int maxExtensions, int extensionDays) {
    this(kind, days, dayKind, legalBasis, warnPercent, riskPercent, maxExtensions, extensionDays, CountedFrom.EVENT);
  }
}
