package vn.gov.vhcv.desk.triage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import vn.gov.vhcv.desk.casefile.Refusal;

/** Reading and checking values that staff submit in forms; a bad value stops the completion with a message. */
public final class Decisions {

  private Decisions() {}

  public static <E extends Enum<E>> E parse(Class<E> type, Object value, String message) {
    if (value == null) {
      throw new Refusal(message);
    }
    try {
      return Enum.valueOf(type, value.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new Refusal(message);
    }
  }

  public static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  public static String requireText(Object value, int minLength, String message) {
    String s = text(value);
    if (s == null || s.length() < minLength) {
      throw new Refusal(message);
    }
    return s;
  }

  /**
   * A day from a form: a date variable, or the text a Camunda Forms date field submits ({@code yyyy-MM-dd},
   * possibly with a time after it).
   *
   * @param what the field's name in messages, e.g. "Ngày họp Hội đồng kỷ luật"
   * @param missing the message when nothing was given
   */
  public static LocalDate day(Object value, ZoneId zone, String what, String missing) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof String s && !s.isBlank()) {
      String t = s.strip();
      try {
        return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
      } catch (DateTimeParseException e) {
        throw new Refusal(what + " không hợp lệ: " + s);
      }
    }
    throw new Refusal(missing);
  }
}
