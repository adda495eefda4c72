package vn.gov.vhcv.desk.notification;

/** The notices the desk sends. */
public enum NoticeKind {
  ACKNOWLEDGEMENT,
  ACCEPTED,
  REFUSED,
  FORWARDED,
  RESULT,
  /** A clock reached its first warning threshold (50 %) — to the unit holding the case. */
  DEADLINE_WARNING,
  /** A clock reached 75 % — to the holding unit and its superior. */
  DEADLINE_AT_RISK,
  /** A clock ran out — to the holding unit and its superior, who gets an escalation task. */
  DEADLINE_OVERDUE,
  /** The daily SLA digest to the monitors (giám sát). */
  SLA_DIGEST
}
