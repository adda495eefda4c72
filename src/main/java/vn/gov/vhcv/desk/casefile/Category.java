package vn.gov.vhcv.desk.casefile;

/** How a letter is classified (Thông tư 05/2021/TT-TTCP). */
public enum Category {
  /** phản ánh, kiến nghị */
  PHAN_ANH("Phản ánh, kiến nghị"),
  /** tố cáo */
  TO_CAO("Tố cáo"),
  /** khiếu nại */
  KHIEU_NAI("Khiếu nại"),
  /** khen ngợi */
  KHEN_NGOI("Khen ngợi");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
