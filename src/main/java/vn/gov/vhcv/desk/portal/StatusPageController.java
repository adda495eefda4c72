package vn.gov.vhcv.desk.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.vhcv.desk.casefile.Attachments;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.SenderInformationLog;
import vn.gov.vhcv.desk.intake.AccessCodeLock;
import vn.gov.vhcv.desk.casefile.CaseNotFoundException;
import vn.gov.vhcv.desk.intake.PublicReportController;

/**
 * The status page: the codes are posted in a form (never in the URL), and the answer is the same as
 * {@code GET /api/public/reports/{code}}. When the desk waits for the sender, a box to add information.
 */
@Controller
public class StatusPageController {

  static final String NOT_FOUND = "Không tìm thấy hồ sơ với mã hồ sơ và mã truy cập này. Kiểm tra lại hai mã (phân biệt chữ, số).";

  private final PublicReportController publicApi;
  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Attachments attachments;
  private final TransactionTemplate tx;
  private final vn.gov.vhcv.desk.intake.SenderInformation senderInformation;

  private final vn.gov.vhcv.desk.escalation.Escalations escalations;

  public StatusPageController(PublicReportController publicApi, CaseRepository cases, CaseHistory history,
      AuditLog audit, Attachments attachments, TransactionTemplate tx, vn.gov.vhcv.desk.intake.SenderInformation senderInformation,
      vn.gov.vhcv.desk.escalation.Escalations escalations) {
    this.escalations = escalations;
    this.senderInformation = senderInformation;
    this.publicApi = publicApi;
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.attachments = attachments;
    this.tx = tx;
  }

  @GetMapping("/portal/status")
  public String form() {
    return "portal/status";
  }

  @PostMapping("/portal/status")
  public String status(@RequestParam(name = "trackingCode", defaultValue = "") String trackingCode,
      @RequestParam(name = "accessCode", defaultValue = "") String accessCode, Model model,
      HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return show(trackingCode, accessCode, model, response);
  }

  private String show(String trackingCode, String accessCode, Model model, HttpServletResponse response) {
    model.addAttribute("trackingCode", trackingCode);
    try {
      var status = publicApi.status(trackingCode.isBlank() ? "-" : trackingCode, accessCode.strip());
      model.addAttribute("status", status);
      model.addAttribute("accessCode", accessCode.strip());
      model.addAttribute("awaitingInfo", CaseStatus.AWAITING_INFO.name().equals(status.status()));
      model.addAttribute("step", PublicSteps.of(status.status()));
      var record = cases.getByTrackingCode(status.trackingCode());
      // the escalation form: a khiếu nại or tố cáo of the first instance (the server checks the time limits when sent)
      boolean escalable = (record.category() == vn.gov.vhcv.desk.casefile.Category.KHIEU_NAI
          || record.category() == vn.gov.vhcv.desk.casefile.Category.TO_CAO) && !escalations.secondLevel(record.id());
      model.addAttribute("escalable", escalable);
      model.addAttribute("complaint", record.category() == vn.gov.vhcv.desk.casefile.Category.KHIEU_NAI);
    } catch (CaseNotFoundException | AccessCodeLock.Locked e) {
      return refused(trackingCode, e, model, response);
    }
    return "portal/status";
  }

  /** Unknown or wrong codes (404), or a tracking code locked after too many wrong access codes (429). */
  private static String refused(String trackingCode, RuntimeException e, Model model, HttpServletResponse response) {
    model.addAttribute("trackingCode", trackingCode);
    if (e instanceof AccessCodeLock.Locked locked) {
      // the same lock as the API's: wrong access codes typed here count against the same tracking code
      model.addAttribute("notFound", locked.getMessage());
      response.setStatus(429);
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, locked.retryAfter().toSeconds())));
    } else {
      model.addAttribute("notFound", NOT_FOUND);
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
    return "portal/status";
  }

  /**
   * Khiếu nại lần hai or tố cáo tiếp from the status page: the same codes, checked by the same lock (one guess, counted
   * once); the reason is kept in the desk's tables. A refusal (too early, too late, not a khiếu nại or tố cáo) is a 400
   * with its Vietnamese reason, and nothing is stored.
   */
  @PostMapping("/portal/status/escalation")
  public String escalate(@RequestParam(name = "trackingCode", defaultValue = "") String trackingCode,
      @RequestParam(name = "accessCode", defaultValue = "") String accessCode,
      @RequestParam(name = "reason", defaultValue = "") String reason, Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    PublicReportController.PublicStatus status;
    try {
      status = publicApi.status(trackingCode.isBlank() ? "-" : trackingCode, accessCode.strip());
    } catch (CaseNotFoundException | AccessCodeLock.Locked e) {
      return refused(trackingCode, e, model, response);
    }
    try {
      var filed = escalations.file(status.trackingCode(), reason, vn.gov.vhcv.desk.casefile.Channel.WEB,
          null, null, null, accessCode.strip());
      model.addAttribute("escalationFiled", filed);
    } catch (vn.gov.vhcv.desk.escalation.Escalations.Refused e) {
      model.addAttribute("escalationError", e.getMessage());
      model.addAttribute("reason", reason.length() > 5000 ? reason.substring(0, 5000) : reason);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    show(trackingCode, accessCode, model, response);
    return "portal/status";
  }

  /** Information the sender adds while the desk waits for it; refused in any other state. */
  @PostMapping("/portal/status/information")
  public String addInformation(@RequestParam(name = "trackingCode", defaultValue = "") String trackingCode,
      @RequestParam(name = "accessCode", defaultValue = "") String accessCode,
      @RequestParam(name = "information", defaultValue = "") String information,
      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
      HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    PublicReportController.PublicStatus status;
    try {
      status = publicApi.status(trackingCode.isBlank() ? "-" : trackingCode, accessCode.strip());
    } catch (CaseNotFoundException | AccessCodeLock.Locked e) {
      return refused(trackingCode, e, model, response); // one guess, counted once
    }
    List<String> errors = new ArrayList<>();
    var record = cases.getByTrackingCode(status.trackingCode());
    if (!CaseStatus.AWAITING_INFO.name().equals(status.status()) || !senderInformation.awaited(record)) {
      errors.add("Hồ sơ không ở bước chờ bổ sung thông tin.");
    }
    String text = information.strip();
    if (text.length() > SenderInformationLog.MAX_LENGTH) {
      errors.add(PortalText.fieldLabel("information") + ": tối đa " + SenderInformationLog.MAX_LENGTH + " ký tự (hiện có "
          + text.length() + ")");
    }
    List<Attachments.Checked> checked = new ArrayList<>();
    List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
    if (given.size() > Attachments.MAX_FILES) {
      errors.add("Gửi tối đa " + Attachments.MAX_FILES + " tệp");
    }
    for (MultipartFile f : given) {
      try {
        Attachments.checkSize(f.getOriginalFilename(), f.getSize()); // before its bytes are read
        checked.add(Attachments.check(new Attachments.Upload(f.getOriginalFilename(), f.getBytes())));
      } catch (Attachments.RejectedFile e) {
        errors.add(PortalText.fieldLabel("files") + ": " + e.getMessage());
      } catch (IOException e) {
        errors.add("Không đọc được tệp đính kèm, xin gửi lại");
      }
    }
    if (text.isEmpty() && checked.isEmpty() && errors.isEmpty()) {
      errors.add("Nhập thông tin bổ sung hoặc đính kèm tệp.");
    }
    if (errors.isEmpty()) {
      long caseId = record.id();
      tx.executeWithoutResult(s -> {
        // the text itself is kept by SenderInformation (sender_information) and shown on the staff case page
        history.record(caseId, "INFORMATION_ADDED", "Người gửi bổ sung thông tin qua trang tra cứu ("
            + text.length() + " ký tự, " + checked.size() + " tệp).", "citizen", false);
        checked.forEach(f -> attachments.store(caseId, f, "citizen"));
        audit.record("citizen", "INFORMATION_ADDED", caseId, "files=" + checked.size());
        // the case goes back to intake with the answer (rolled back with the rest if the case stopped waiting)
        if (!senderInformation.provide(record, text, SenderInformationLog.Source.PORTAL, checked.size())) {
          throw new IllegalStateException("Hồ sơ không còn ở bước chờ bổ sung thông tin");
        }
      });
      model.addAttribute("infoSaved", true);
    } else {
      model.addAttribute("infoErrors", errors);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
    show(trackingCode, accessCode, model, response);
    return "portal/status";
  }
}
