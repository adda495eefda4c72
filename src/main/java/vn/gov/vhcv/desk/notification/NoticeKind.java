package vn.gov.vhcv.desk.notification;

/** The notices the desk sends. */
public enum NoticeKind {
  ACKNOWLEDGEMENT,
  ACCEPTED,
  REFUSED,
  FORWARDED,
  RESULT
}
