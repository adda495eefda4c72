package vn.gov.vhcv.desk.triage;

import org.camunda.bpm.engine.ProcessEngineException;

/** Reading and checking values that staff submit in forms; a bad value stops the completion with a message. */
public final class Decisions {

  private Decisions() {}

  public static <E extends Enum<E>> E parse(Class<E> type, Object value, String message) {
    if (value == null) {
      throw new ProcessEngineException(message);
    }
    try {
      return Enum.valueOf(type, value.toString().strip());
    } catch (IllegalArgumentException e) {
      throw new ProcessEngineException(message);
    }
  }

  public static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  public static String requireText(Object value, int minLength, String message) {
    String s = text(value);
    if (s == null || s.length() < minLength) {
      throw new ProcessEngineException(message);
    }
    return s;
  }
}
