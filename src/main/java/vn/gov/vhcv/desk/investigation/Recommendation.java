package vn.gov.vhcv.desk.investigation;

/** What the investigator proposes after verification. */
public enum Recommendation {
  NONE("Không đề xuất xử lý"),
  REMIND("Nhắc nhở, chấn chỉnh"),
  DISCIPLINE("Đề xuất xem xét xử lý kỷ luật"),
  COMMEND("Đề xuất khen thưởng");

  private final String label;

  Recommendation(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
