package vn.gov.vhcv.desk.discipline;

/** What a leader decides on an appeal against a discipline decision (form "review-appeal"). */
public enum AppealOutcome {
  UPHELD("Giữ nguyên quyết định kỷ luật"),
  AMENDED("Sửa đổi quyết định kỷ luật"),
  REVOKED("Hủy bỏ quyết định kỷ luật");

  private final String label;

  AppealOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
