package vn.gov.vhcv.desk.triage;

/** What intake decides about a letter. */
public enum IntakeDecision {
  ACCEPT("thụ lý"),
  REFUSE("từ chối thụ lý"),
  FORWARD("chuyển cơ quan có thẩm quyền"),
  REQUEST_INFO("đề nghị người phản ánh bổ sung thông tin"),
  MERGE("gộp vào hồ sơ đang giải quyết");

  private final String label;

  IntakeDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
