package vn.gov.vhcv.desk.calendar;

/** Whether a legal period counts working days (ngày làm việc) or calendar days (ngày). */
public enum DayKind {
  WORKING,
  CALENDAR
}
