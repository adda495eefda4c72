package vn.gov.vhcv.desk.commendation;

/** Forms of commendation a province gives (Luật Thi đua, khen thưởng 2022, Điều 9). */
public enum Award {
  GIAY_KHEN("Giấy khen"),
  BANG_KHEN("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");

  private final String label;

  Award(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
