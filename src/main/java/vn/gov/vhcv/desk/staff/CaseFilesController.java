package vn.gov.vhcv.desk.staff;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.vhcv.desk.casefile.Attachments;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.security.UnitScope;

/**
 * Evidence and the official's written explanation, uploaded on the case page (Camunda Forms has no file field): the
 * same checks as the portal's attachments ({@link Attachments#check}: type from the bytes, at most 10 MB, a DOCX
 * inflated within bounds, stored as {@code tep-N.ext} of the detected type), by the case's assigned investigators and
 * the leaders of its handling unit and above only ({@link EvidenceUploaders}). Each stored file and each refused
 * attempt is in the audit log; the files are listed and downloaded on the case page like the citizen's.
 */
@Controller
public class CaseFilesController {

  static final String NOT_ALLOWED = "Chỉ người xác minh được phân công và lãnh đạo đơn vị giải quyết hồ sơ (hoặc cấp trên)"
      + " mới được tải tệp lên hồ sơ.";

  private final UnitScope units;
  private final EvidenceUploaders uploaders;
  private final Attachments attachments;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  public CaseFilesController(UnitScope units, EvidenceUploaders uploaders, Attachments attachments, AuditLog audit,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    this.units = units;
    this.uploaders = uploaders;
    this.attachments = attachments;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  @PostMapping(value = "/staff/cases/{trackingCode}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public String upload(@PathVariable String trackingCode, @RequestParam(name = "kind", defaultValue = "") String kind,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user, Model model,
      HttpServletResponse response) throws IOException {
    CaseRecord c = units.visibleCase(user, trackingCode)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có hồ sơ này"));
    if (!uploaders.mayUpload(user, c)) {
      audit.recordRefusal(user.getName(), "CASE_FILE_UPLOAD_REFUSED", c.id(), "không có quyền tải tệp lên");
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, NOT_ALLOWED);
    }
    List<String> errors = new ArrayList<>();
    Attachments.Kind fileKind = switch (kind) {
      case "EVIDENCE" -> Attachments.Kind.EVIDENCE;
      case "EXPLANATION" -> Attachments.Kind.EXPLANATION;
      default -> {
        errors.add("Chưa chọn loại tệp (chứng cứ xác minh hoặc văn bản giải trình của người bị phản ánh).");
        yield null;
      }
    };
    List<MultipartFile> given = files == null ? List.of()
        // a file input left empty sends a part without a name and without bytes
        : files.stream().filter(f -> f != null && !(f.isEmpty()
            && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank()))).toList();
    if (given.isEmpty()) {
      errors.add("Chưa chọn tệp nào để tải lên.");
    }
    if (given.size() > Attachments.MAX_FILES) {
      errors.add("Mỗi lần tải lên tối đa " + Attachments.MAX_FILES + " tệp.");
    }
    List<Attachments.Checked> checked = new ArrayList<>();
    boolean tooLarge = false;
    if (errors.isEmpty()) {
      for (MultipartFile f : given) {
        if (f.getSize() > Attachments.MAX_BYTES) {
          // told before its bytes are read (the request itself may be up to the multipart cap)
          tooLarge = true;
          errors.add(Attachments.safeName(f.getOriginalFilename()) + ": " + CaseFileSizeFilter.MESSAGE);
          continue;
        }
        try {
          checked.add(Attachments.check(new Attachments.Upload(f.getOriginalFilename(), f.getBytes())));
        } catch (Attachments.RejectedFile e) {
          errors.add(e.getMessage());
        }
      }
    }
    if (!errors.isEmpty()) {
      audit.record(user.getName(), "CASE_FILE_REJECTED", c.id(), String.join("; ", errors));
      response.setStatus((tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST).value());
      model.addAttribute("c", c);
      model.addAttribute("errors", errors);
      return "staff/files-refused";
    }
    transaction.executeWithoutResult(status -> {
      for (Attachments.Checked file : checked) {
        long id = attachments.store(c.id(), file, user.getName(), fileKind);
        audit.record(user.getName(), "CASE_FILE_UPLOADED", c.id(), "attachment=" + id + " kind=" + fileKind
            + " type=" + file.contentType() + " sha256=" + file.sha256().substring(0, 12));
      }
    });
    return "redirect:/staff/cases/" + c.trackingCode() + "?uploaded=" + checked.size() + "#evidence";
  }
}
