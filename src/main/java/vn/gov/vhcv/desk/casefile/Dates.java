package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A day as every page, notice and timeline of the desk shows it: {@code dd/MM/yyyy}, nothing for no day. */
public final class Dates {

  private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private Dates() {}

  public static String text(LocalDate d) {
    return d == null ? "" : VN.format(d);
  }
}
