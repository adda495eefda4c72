package vn.gov.vhcv.desk.deadline;

/** One statutory period: how long, in which kind of days, and why. */
public record ClockPolicy(ClockKind kind, int days, DayKind dayKind, String legalBasis) {}
