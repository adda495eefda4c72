package vn.gov.vhcv.desk.casefile;

/** What the sender says the letter is, before classification. */
public enum ReportType {
  COMPLAINT("Phản ánh về hành vi"),
  PRAISE("Khen ngợi");

  private final String label;

  ReportType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
