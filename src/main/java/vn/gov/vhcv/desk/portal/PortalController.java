package vn.gov.vhcv.desk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.vhcv.desk.casefile.Attachments;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.FieldError;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.InvalidReportException;
import vn.gov.vhcv.desk.intake.Receipt;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.intake.ReportService;

/** The citizens' pages: what can be reported, the report form, and the receipt with the codes. */
@Controller
public class PortalController {

  private final ReportService reports;
  private final PortalDirectory directory;
  private final Validator validator;
  private final HeldUploads held;
  private final ReceiptHandoff receipts;

  public PortalController(ReportService reports, PortalDirectory directory, Validator validator, HeldUploads held,
      ReceiptHandoff receipts) {
    this.reports = reports;
    this.directory = directory;
    this.validator = validator;
    this.held = held;
    this.receipts = receipts;
  }

  @GetMapping({"/", "/portal", "/portal/"})
  public String home() {
    return "portal/home";
  }

  @GetMapping("/portal/report")
  public String form(@RequestParam(name = "type", required = false) String type,
      @RequestParam(name = "error", required = false) String error, Model model) {
    ReportForm form = new ReportForm();
    if ("PRAISE".equals(type)) {
      form.setType("PRAISE");
    }
    model.addAttribute("form", form);
    model.addAttribute("units", directory.units());
    model.addAttribute("heldToken", HeldUploads.newToken());
    model.addAttribute("held", List.of());
    if ("too-large".equals(error)) {
      // the whole request passed the cap before anything of it could be read (UploadFileNameFilter)
      String message = "Các tệp chọn cùng lúc quá lớn (mỗi tệp tối đa 10 MB, tối đa " + Attachments.MAX_FILES
          + " tệp) nên cơ quan chưa nhận được gì, kể cả nội dung đã nhập. Xin nhập lại và chọn tệp nhỏ hơn.";
      model.addAttribute("errors", List.of(PortalText.fieldLabel("files") + ": " + message));
      model.addAttribute("fileErrors", List.of(message));
    }
    return "portal/report";
  }

  @PostMapping("/portal/report")
  public String submit(@ModelAttribute("form") ReportForm form, BindingResult binding,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "heldToken", required = false) String heldToken,
      @RequestParam(name = "removeHeld", required = false) List<String> removeHeld, Model model,
      HttpServletRequest httpRequest, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    List<FieldError> errors = new ArrayList<>();
    binding.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), "Giá trị không hợp lệ")));
    try {
      form.occurredDay();
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("occurredOn", e.getMessage()));
    }
    ReportRequest request = null;
    try {
      request = form.toRequest(code -> directory.unitName(code).orElse(null));
      validator.validate(request).forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("form", e.getMessage()));
    }
    if (!form.isConsent()) {
      errors.add(new FieldError("consent", "Cần đồng ý để cơ quan tiếp nhận xử lý thông tin bạn gửi"));
    }
    // files held from an earlier try of this form (a forged or expired token holds nothing)
    String token = HeldUploads.wellFormed(heldToken) ? heldToken : HeldUploads.newToken();
    if (removeHeld != null) {
      // ids of this form's held files; anything else (junk, another form's ids) lets go of nothing
      held.remove(token, removeHeld.stream().filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).toList());
    }
    int alreadyHeld = held.list(token).size();
    List<String> fileErrors = new ArrayList<>();
    List<Attachments.Checked> checked = new ArrayList<>();
    List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (alreadyHeld + given.size() > Attachments.MAX_FILES) {
      fileErrors.add("Gửi tối đa " + Attachments.MAX_FILES + " tệp" + (alreadyHeld > 0
          ? " (đã đính kèm " + alreadyHeld + " tệp; bỏ bớt tệp đã đính kèm hoặc chọn ít tệp hơn)" : ""));
    } else {
      for (MultipartFile f : given) {
        try {
          Attachments.checkSize(f.getOriginalFilename(), f.getSize()); // before its bytes are read
          checked.add(Attachments.check(new Attachments.Upload(f.getOriginalFilename(), f.getBytes())));
        } catch (Attachments.RejectedFile e) {
          fileErrors.add(e.getMessage());
        } catch (IOException e) {
          fileErrors.add("Không đọc được tệp đính kèm, xin chọn lại");
        }
      }
    }
    fileErrors.forEach(m -> errors.add(new FieldError("files", m)));
    if (errors.isEmpty()) {
      try {
        List<Attachments.Checked> all = new ArrayList<>(held.checked(token));
        all.addAll(checked);
        Receipt receipt = reports.submitPublicWithFiles(request, all);
        held.release(token);
        // Post/Redirect/Get: a refresh of the receipt never sends the report again
        receipts.handOver(receipt, request.type() == ReportType.PRAISE, httpRequest, response);
        return "redirect:/portal/receipt";
      } catch (InvalidReportException e) {
        errors.addAll(e.errors());
      } catch (Attachments.RejectedFile e) {
        held.release(token);
        errors.add(new FieldError("files", e.getMessage()));
        fileErrors.add(e.getMessage());
      }
    }
    // the files that passed are kept for the next send, shown as "đã đính kèm" with a way to let them go
    if (!held.hold(token, checked)) {
      String names = String.join(", ", checked.stream().map(Attachments.Checked::fileName).toList());
      String message = "Chưa giữ được tệp " + names + " (hệ thống đang bận); xin chọn lại tệp trước khi gửi";
      errors.add(new FieldError("files", message));
      fileErrors.add(message);
    }
    model.addAttribute("errors", errors.stream().map(e -> PortalText.fieldLabel(e.field()) + ": " + e.message()).toList());
    model.addAttribute("fileErrors", fileErrors);
    model.addAttribute("heldToken", token);
    model.addAttribute("held", held.list(token));
    model.addAttribute("units", directory.units());
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return "portal/report";
  }

  /**
   * The receipt the report's POST redirected to: the codes once (handed over in a sealed cookie, see
   * {@link ReceiptHandoff}); a refresh or a later visit shows that the report was sent and how to follow it.
   */
  @GetMapping("/portal/receipt")
  public String receipt(HttpServletRequest request, HttpServletResponse response, Model model) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    var shown = receipts.takeOver(request, response);
    shown.ifPresent(s -> {
      model.addAttribute("receipt", s.receipt());
      model.addAttribute("praise", s.praise());
    });
    return "portal/receipt";
  }

  /** The bound fields of the report form. */
  public static class ReportForm {
    private String type = "COMPLAINT";
    private String description;
    /** As typed: dd/mm/yyyy (a Vietnamese writes the day first, whatever the browser's language). */
    private String occurredOn;
    private String badgeCode;
    private String officialName;
    private String unitCode;
    private boolean anonymous;
    private String fullName;
    private String phone;
    private String email;
    private String address;
    private boolean consent;

    ReportRequest toRequest(java.util.function.Function<String, String> unitNames) {
      ReportType reportType;
      try {
        reportType = ReportType.valueOf(type);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("Chọn phản ánh hoặc khen ngợi");
      }
      String badge = blankToNull(badgeCode);
      String unit = blankToNull(unitCode);
      String name = blankToNull(officialName);
      ReportRequest.OfficialRef official = null;
      if (badge != null) {
        official = new ReportRequest.OfficialRef(badge.toUpperCase(), null, null);
      } else if (name != null) {
        String unitName = unit == null ? null : unitNames.apply(unit);
        official = new ReportRequest.OfficialRef(null, name, unitName);
      }
      ReportRequest.ComplainantData person = anonymous ? null : new ReportRequest.ComplainantData(
          blankToNull(fullName), blankToNull(phone), blankToNull(email), blankToNull(address));
      LocalDate occurred;
      try {
        occurred = occurredDay();
      } catch (IllegalArgumentException e) {
        occurred = null; // told at the field (submit)
      }
      return new ReportRequest(reportType, description == null ? null : description.strip(), occurred, official,
          unit, anonymous, person);
    }

    /** The day typed, or none; a text that is no day of the calendar is refused in Vietnamese. */
    LocalDate occurredDay() {
      if (blankToNull(occurredOn) == null) {
        return null;
      }
      try {
        return Decisions.day(occurredOn, java.time.ZoneOffset.UTC, "Ngày xảy ra", "");
      } catch (Refusal e) {
        throw new IllegalArgumentException(e.getMessage());
      }
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getOccurredOn() { return occurredOn; }
    public void setOccurredOn(String occurredOn) { this.occurredOn = occurredOn; }
    public String getBadgeCode() { return badgeCode; }
    public void setBadgeCode(String badgeCode) { this.badgeCode = badgeCode; }
    public String getOfficialName() { return officialName; }
    public void setOfficialName(String officialName) { this.officialName = officialName; }
    public String getUnitCode() { return unitCode; }
    public void setUnitCode(String unitCode) { this.unitCode = unitCode; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public boolean isConsent() { return consent; }
    public void setConsent(boolean consent) { this.consent = consent; }
  }
}
