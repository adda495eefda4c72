package vn.gov.vhcv.desk.investigation;

/** The verification's finding on the report. */
public enum Conclusion {
  FOUNDED("Phản ánh đúng (có cơ sở)"),
  PARTLY_FOUNDED("Phản ánh đúng một phần"),
  UNFOUNDED("Phản ánh sai (không có cơ sở)");

  private final String label;

  Conclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
