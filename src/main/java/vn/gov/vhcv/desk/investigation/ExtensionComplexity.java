package vn.gov.vhcv.desk.investigation;

/** How complex a denunciation is, and how many 30-day extensions that allows (Luật Tố cáo 2018, Điều 30). */
public enum ExtensionComplexity {
  COMPLEX("Vụ việc phức tạp", 1),
  ESPECIALLY_COMPLEX("Vụ việc đặc biệt phức tạp", 2);

  public static final int DAYS = 30;

  private final String label;
  private final int allowedExtensions;

  ExtensionComplexity(String label, int allowedExtensions) {
    this.label = label;
    this.allowedExtensions = allowedExtensions;
  }

  public String label() {
    return label;
  }

  public int allowedExtensions() {
    return allowedExtensions;
  }
}
