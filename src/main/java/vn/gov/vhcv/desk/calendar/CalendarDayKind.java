package vn.gov.vhcv.desk.calendar;

/** Why a day differs from the ordinary Monday-Friday civil-service week. */
public enum CalendarDayKind {
  /** A public holiday (Bộ luật Lao động 2019 Điều 112). */
  HOLIDAY,
  /** A weekday off because a holiday fell on a weekly rest day (Điều 111 khoản 3). */
  COMPENSATORY,
  /** A weekday off given in exchange for a working Saturday (the government's annual notice). */
  DAY_OFF_SWAP,
  /** A Saturday worked in exchange for a day off. */
  WORKING_SATURDAY;

  public boolean isWorking() {
    return this == WORKING_SATURDAY;
  }
}
