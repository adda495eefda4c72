package vn.gov.vhcv.desk.clock;

/** How complex a case is: decides the longer periods and how many extensions the law allows. */
public enum Complexity {
  NORMAL("Thông thường"),
  COMPLEX("Phức tạp"),
  VERY_COMPLEX("Đặc biệt phức tạp");

  private final String label;

  Complexity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
