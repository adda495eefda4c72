package vn.gov.vhcv.desk.portal;

import java.util.Map;

/** Vietnamese names of the form's fields, for error messages a citizen can act on. */
final class PortalText {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("type", "Loại ý kiến"),
      Map.entry("description", "Nội dung"),
      Map.entry("occurredOn", "Ngày xảy ra"),
      Map.entry("official", "Người được phản ánh/khen"),
      Map.entry("official.badgeCode", "Mã số thẻ"),
      Map.entry("badgeCode", "Mã số thẻ"),
      Map.entry("official.fullName", "Họ tên cán bộ"),
      Map.entry("official.unitName", "Đơn vị"),
      Map.entry("unitCode", "Đơn vị"),
      Map.entry("complainant", "Thông tin liên lạc"),
      Map.entry("complainant.fullName", "Họ tên người gửi"),
      Map.entry("complainant.phone", "Số điện thoại"),
      Map.entry("complainant.email", "Thư điện tử"),
      Map.entry("complainant.address", "Địa chỉ"),
      Map.entry("consent", "Đồng ý"),
      Map.entry("files", "Tệp đính kèm"),
      Map.entry("information", "Thông tin bổ sung"),
      Map.entry("form", "Biểu mẫu"));

  private PortalText() {}

  static String fieldLabel(String field) {
    return LABELS.getOrDefault(field, "Biểu mẫu");
  }
}
