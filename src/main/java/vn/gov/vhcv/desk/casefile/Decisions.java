package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** How a day is written in Vietnam and in the desk's forms: 06/01/2027 is the sixth of January. */
  public static final String DAY_PATTERN = "dd/MM/uuuu";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DAY_PATTERN).withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern VIETNAMESE_DAY = Pattern.compile("(\\d{2})/(\\d{2})/(\\d{4})");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([T ].*)?");

  /** A day as the desk's forms show and take it: {@code dd/MM/yyyy}. */
  public static String dayText(LocalDate day) {
    return day.format(DAY);
  }

  /**
   * A day from a form: the text a date field of the desk's forms submits ({@code dd/MM/yyyy}, as Vietnamese write
   * it), the ISO text a Camunda Forms date picker submits ({@code yyyy-MM-dd}, possibly with a time after it), or a
   * date variable. Only days of the calendar are taken: 31/02/2027 is refused, not moved to March.
   *
   * @param what the field's name in messages, e.g. "Ngày họp Hội đồng kỷ luật"
   * @param missing the message when nothing was given
   */
  public static LocalDate day(Object value, ZoneId zone, String what, String missing) {
    if (value instanceof Date d) {
      return d.toInstant().atZone(zone).toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof String s && !s.isBlank()) {
      String t = s.strip();
      Matcher vn = VIETNAMESE_DAY.matcher(t);
      if (vn.matches()) {
        return calendarDay(t, Integer.parseInt(vn.group(3)), Integer.parseInt(vn.group(2)), Integer.parseInt(vn.group(1)), what,
            () -> LocalDate.parse(t, DAY));
      }
      Matcher iso = ISO_DAY.matcher(t);
      if (iso.matches()) {
        String dayPart = t.substring(0, 10);
        return calendarDay(t, Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
            what, () -> LocalDate.parse(dayPart));
      }
      throw new Refusal(what + " không đúng dạng ngày/tháng/năm (dd/mm/yyyy, ví dụ 06/01/2027): " + t);
    }
    throw new Refusal(missing);
  }

  private static LocalDate calendarDay(String text, int year, int month, int day, String what, Supplier<LocalDate> parse) {
    if (month < 1 || month > 12) {
      throw new Refusal(what + " không có thật: " + text + " (tháng phải từ 01 đến 12; viết ngày/tháng/năm, ví dụ 06/01/2027)");
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      throw new Refusal(what + " không có thật: " + text + " (tháng " + String.format("%02d/%d", month, year) + " chỉ có "
          + length + " ngày)");
    }
    try {
      return parse.get();
    } catch (DateTimeParseException e) {
      throw new Refusal(what + " không hợp lệ: " + text);
    }
  }
}
