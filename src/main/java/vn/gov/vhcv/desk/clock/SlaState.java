package vn.gov.vhcv.desk.clock;

/** The SLA state of one clock. */
public enum SlaState {
  ON_TRACK,
  AT_RISK,
  OVERDUE,
  PAUSED,
  MET
}
