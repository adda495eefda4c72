package vn.gov.vhcv.desk.notification;

/** The notices the desk sends. */
public enum NoticeKind {
  ACKNOWLEDGEMENT,
  ACCEPTED,
  REFUSED,
  FORWARDED,
  RESULT,
  EXPLANATION_REQUEST,
  DISCIPLINE_DECISION,
  COMMENDATION,
  REPEAT_OFFENDER,
  COUNCIL_SUMMONS
}
