package vn.gov.vhcv.desk.casefile;

/** Where a letter came in. */
public enum Channel {
  WEB, PAPER, PHONE, IN_PERSON, HOTLINE_1022, EMAIL, INSPECTION
}
