package vn.gov.vhcv.desk.deadline;

/** The statutory clocks a case can run. */
public enum ClockKind {
  /** Answer whether the letter is accepted, refused or forwarded (thụ lý). */
  ACKNOWLEDGEMENT,
  /** Resolve the accepted case (giải quyết). */
  RESOLUTION
}
