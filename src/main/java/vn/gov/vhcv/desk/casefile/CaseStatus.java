package vn.gov.vhcv.desk.casefile;

/** Where a case stands, with the wording a citizen reads on the status page. */
public enum CaseStatus {
  RECEIVED("Đã tiếp nhận, đang phân loại và xem xét thụ lý"),
  IN_VERIFICATION("Đã thụ lý, đang xác minh nội dung"),
  /** The desk asked the sender for more information ("Đề nghị bổ sung thông tin"); their answer returns it to RECEIVED. */
  AWAITING_INFO("Đang chờ người gửi bổ sung thông tin"),
  AWAITING_APPROVAL("Đang chờ lãnh đạo phê duyệt kết quả xác minh"),
  /** The conclusion was approved and recommends discipline: the discipline runs until its decision. */
  IN_DISCIPLINE("Đã có kết luận xác minh; đang xem xét xử lý kỷ luật người vi phạm"),
  REFUSED("Không thụ lý (đã thông báo lý do)"),
  FORWARDED("Đã chuyển đến cơ quan có thẩm quyền"),
  RESOLVED("Đã có kết quả giải quyết");

  private final String publicText;

  CaseStatus(String publicText) {
    this.publicText = publicText;
  }

  public String publicText() {
    return publicText;
  }

  public boolean isClosed() {
    return this == REFUSED || this == FORWARDED || this == RESOLVED;
  }
}
