package vn.gov.vhcv.desk.deadline;

/**
 * One statutory period: how long, in which kind of days, when to warn, how it may be extended, and why
 * (a row of {@code processes/sla-policy.dmn}).
 */
public record ClockPolicy(ClockKind kind, int days, DayKind dayKind, String legalBasis, int warnPercent,
    int riskPercent, int maxExtensions, int extensionDays) {

  public ClockPolicy(ClockKind kind, int days, DayKind dayKind, String legalBasis) {
    this(kind, days, dayKind, legalBasis, 50, 75, 0, 0);
  }
}
