package vn.gov.vhcv.desk.clock;

/** The event a statutory period is counted from, as the provision names it (column "Tính từ" of sla-policy.dmn). */
public enum CountedFrom {
  /** The day the letter was received (the period starts the day after, BLDS 2015 Điều 147). */
  RECEIPT,
  /** The day the case was accepted (thụ lý). */
  ACCEPTANCE,
  /** The day of the event the caller names (discovery, receipt of a decision, the overdue day). */
  EVENT
}
