package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import vn.gov.vhcv.desk.DeskClock;

/**
 * A leader's signed decision as its form gives it (a discipline, a commendation): the decision's number in the form
 * of the administrative documents ("125/QĐ-UBND", the forms' own pattern) and the day it was signed, which is never
 * after today and never before the steps it decides on.
 */
public final class SignedDecision {

  /** The number of a decision: up to five digits, "/QĐ-" and the issuing body's abbreviation. */
  public static final String NUMBER = "^[0-9]{1,5}/QĐ-[A-ZĐ0-9-]{2,20}$";

  /** A day the signature must not precede, named as the refusal names it ("ngày thụ lý đơn"); null: none. */
  public record NotBefore(String what, LocalDate day) {}

  private SignedDecision() {}

  /** The decision's number from its field, else a {@link Refusal} with {@code refusal}. */
  public static String number(Object value, String refusal) {
    String number = Decisions.text(value);
    if (number == null || !number.matches(NUMBER)) {
      throw new Refusal(refusal);
    }
    return number;
  }

  /**
   * The day the decision was signed, from its field ({@code what}: "Ngày quyết định khen thưởng"): given, not after
   * today, not before any of {@code notBefore} — else a {@link Refusal} saying which day it contradicts.
   */
  public static LocalDate day(Object value, DeskClock clock, String what, NotBefore... notBefore) {
    LocalDate signed = Decisions.day(value, clock.zone(), what, what + " phải có và không sau ngày hôm nay");
    if (signed.isAfter(clock.today())) {
      throw new Refusal(what + " (" + Dates.text(signed) + ") không thể sau hôm nay (" + Dates.text(clock.today()) + ")");
    }
    for (NotBefore earlier : notBefore) {
      if (earlier.day() != null && signed.isBefore(earlier.day())) {
        throw new Refusal(what + " (" + Dates.text(signed) + ") không thể trước " + earlier.what() + " ("
            + Dates.text(earlier.day()) + ")");
      }
    }
    return signed;
  }
}
