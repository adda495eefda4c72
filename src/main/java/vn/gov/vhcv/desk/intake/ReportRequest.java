package vn.gov.vhcv.desk.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.gov.vhcv.desk.casefile.ReportType;

/**
 * The body of {@code POST /api/public/reports}. The longest description depends on who enters it
 * ({@link #MAX_PUBLIC_DESCRIPTION}, {@link #MAX_STAFF_DESCRIPTION}); {@code ReportService} checks it.
 */
public record ReportRequest(
    @NotNull(message = "Chọn loại: phản ánh (COMPLAINT) hoặc khen ngợi (PRAISE)") ReportType type,
    @NotBlank(message = "Nội dung không được để trống")
    @Size(min = 10, message = "Nội dung phải dài ít nhất 10 ký tự") String description,
    @PastOrPresent(message = "Ngày xảy ra không được ở tương lai") LocalDate occurredOn,
    @Valid OfficialRef official,
    @Size(max = 40, message = "Mã đơn vị quá dài") String unitCode,
    Boolean anonymous,
    @Valid ComplainantData complainant) {

  /** The official the report is about: a badge code, or a name and a unit. */
  public record OfficialRef(
      @Pattern(regexp = "^[A-Z]{2}[0-9]{6}$", message = "Mã số thẻ gồm 2 chữ in hoa và 6 chữ số, ví dụ VH000101")
      String badgeCode,
      @Size(max = 120, message = "Họ tên quá dài") String fullName,
      @Size(max = 200, message = "Tên đơn vị quá dài") String unitName) {}

  /** The sender, when not anonymous. */
  public record ComplainantData(
      @Size(max = 120, message = "Họ tên quá dài") String fullName,
      @Pattern(regexp = "^\\+?[0-9 .-]{8,15}$", message = "Số điện thoại không hợp lệ") String phone,
      @Email(message = "Địa chỉ thư điện tử không hợp lệ") @Size(max = 200) String email,
      @Size(max = 300, message = "Địa chỉ quá dài") String address) {}

  /** Longest description a citizen sends through the portal or the public API. */
  public static final int MAX_PUBLIC_DESCRIPTION = 5000;
  /**
   * Longest letter intake staff enter ({@code POST /api/cases}): a paper letter or an inspection's minutes of about
   * fifteen typed pages; a longer one is entered in part and kept whole on paper or as a scanned file.
   */
  public static final int MAX_STAFF_DESCRIPTION = 50_000;

  public boolean isAnonymous() {
    return Boolean.TRUE.equals(anonymous);
  }
}
