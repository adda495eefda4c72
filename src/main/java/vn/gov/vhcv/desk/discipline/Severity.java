package vn.gov.vhcv.desk.discipline;

/**
 * The decree's three levels of a breach's consequences (NĐ 172/2025/NĐ-CP): the investigator proposes one in the
 * conclusion, the disciplinary council decides it; a conduct code's level is only the suggestion.
 */
public enum Severity {
  LESS_SERIOUS("Ít nghiêm trọng"),
  SERIOUS("Nghiêm trọng"),
  VERY_SERIOUS("Rất nghiêm trọng");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The level named by {@code value}, or null when it names none (a praise code, nothing chosen). */
  public static Severity of(Object value) {
    if (value == null) {
      return null;
    }
    for (Severity s : values()) {
      if (s.name().equals(value.toString().trim())) {
        return s;
      }
    }
    return null;
  }
}
