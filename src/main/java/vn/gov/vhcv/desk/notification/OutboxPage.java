package vn.gov.vhcv.desk.notification;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScope;

/**
 * "Hộp thư đi": the notices of the outbox for monitors, leaders, intake and administrators — of the cases the
 * viewer sees ({@link UnitScope}: a commune's staff their commune's; another unit's notice answers 404 like an
 * unknown one). Recipients are masked except for intake; the body of a notice to a complainant is readable by
 * intake only, and each such reading is written to the audit log as {@code COMPLAINANT_VIEWED}, as on the case
 * page. No stored notice holds a citizen's access code ({@link AccessCodeSeal}).
 */
@Controller
public class OutboxPage {

  /** Notices on the list, newest first. */
  static final int LIST_LIMIT = 500;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  /** The label of each {@link NoticeKind} on the list (OutboxPageTest: one for every kind, none for another). */
  static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("ACKNOWLEDGEMENT", "Xác nhận tiếp nhận"), Map.entry("ACCEPTED", "Thụ lý"),
      Map.entry("REFUSED", "Không thụ lý"), Map.entry("FORWARDED", "Chuyển đơn"),
      Map.entry("PROGRESS", "Tiến độ"), Map.entry("RESULT", "Kết quả"),
      Map.entry("WORK_WAITING", "Việc đang chờ"), Map.entry("WORK_DIGEST", "Tổng hợp việc"),
      Map.entry("DEADLINE_WARNING", "Cảnh báo hạn"), Map.entry("APPROVAL_WAITING", "Chờ phê duyệt"),
      Map.entry("EXPLANATION_REQUEST", "Đề nghị giải trình"), Map.entry("COUNCIL_SUMMONS", "Giấy mời Hội đồng kỷ luật"),
      Map.entry("DISCIPLINE_DECISION", "Quyết định kỷ luật"), Map.entry("INFORMATION_REQUEST", "Đề nghị bổ sung thông tin"),
      Map.entry("INFORMATION_TIMEOUT", "Hết hạn bổ sung"), Map.entry("MERGED", "Gộp đơn"),
      Map.entry("CONCLUSION", "Thông báo kết luận"), Map.entry("DISCIPLINE_RESULT", "Kết quả xử lý kỷ luật"),
      Map.entry("DEADLINE_AT_RISK", "Sắp hết hạn"), Map.entry("DEADLINE_OVERDUE", "Đã quá hạn"),
      Map.entry("ACCOUNT_LOCKED", "Khóa tài khoản nhân viên"), Map.entry("COMMENDATION", "Khen thưởng"),
      Map.entry("REPEAT_OFFENDER", "Cảnh báo vi phạm nhiều lần"), Map.entry("SLA_DIGEST", "Bản tin thời hạn"));
  private static final Map<String, String> STATUSES = Map.of("HELD", "Đang giữ (chưa cấu hình máy chủ thư)",
      "PENDING", "Chờ gửi", "SENT", "Đã gửi", "FAILED", "Gửi lỗi");

  private final Outbox outbox;
  private final HeldNotices held;
  private final MailReadiness mail;
  private final DeskClock clock;
  private final UnitScope scope;
  private final AuditLog audit;

  public OutboxPage(Outbox outbox, HeldNotices held, MailReadiness mail, DeskClock clock, UnitScope scope,
      AuditLog audit) {
    this.outbox = outbox;
    this.held = held;
    this.mail = mail;
    this.clock = clock;
    this.scope = scope;
    this.audit = audit;
  }

  /** One line of the list, ready to print. */
  public record Row(long id, String time, String kind, String recipient, String subject, String status, int attempts,
      boolean incident) {}

  @GetMapping("/staff/outbox")
  public String list(Model model, Authentication user) {
    boolean intake = StaffRoles.has(user, StaffRoles.INTAKE);
    List<Outbox.Notice> latest = outbox.latest(LIST_LIMIT, scope.visibility(user));
    Set<String> failed = failedSends(latest);
    model.addAttribute("rows", latest.stream().map(n -> row(n, intake, failed)).toList());
    model.addAttribute("mailConfigured", mail.configured());
    model.addAttribute("canRelease", StaffRoles.has(user, StaffRoles.ADMIN));
    model.addAttribute("held", outbox.heldCount());
    return "staff/outbox";
  }

  @GetMapping("/staff/outbox/{id}")
  public String notice(@PathVariable long id, Model model, Authentication user) {
    // another unit's notice, or one of no case for someone who does not see every case: as if there were none
    var n = outbox.find(id).filter(found -> found.caseId() == null ? scope.visibility(user).all()
        : scope.canSeeCase(user, found.caseId())).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    boolean intake = StaffRoles.has(user, StaffRoles.INTAKE);
    boolean toComplainant = NoticeKind.Audience.COMPLAINANT.name().equals(n.audience());
    boolean mayRead = intake || !toComplainant;
    if (toComplainant && mayRead) {
      // the complainant's address and the letter to them: a view of their identity, as on the case page
      audit.record(user.getName(), "COMPLAINANT_VIEWED", n.caseId(), "GET /staff/outbox/" + n.id());
    }
    model.addAttribute("row", row(n, intake, failedSends(List.of(n))));
    model.addAttribute("mayRead", mayRead);
    model.addAttribute("toComplainant", toComplainant);
    model.addAttribute("body", mayRead ? n.body() : null);
    model.addAttribute("redacted", mayRead && n.secretRedacted());
    model.addAttribute("codeWithheld", mayRead && n.sealedAccessCode() != null);
    model.addAttribute("lastError", n.lastError());
    model.addAttribute("sentAt", format(n.sentAt()));
    return "staff/outbox-notice";
  }

  @PostMapping("/staff/outbox/release")
  public String release(Authentication user, RedirectAttributes flash) {
    if (!StaffRoles.has(user, StaffRoles.ADMIN)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    int n = held.release();
    flash.addFlashAttribute("message", mail.configured()
        ? "Đã chuyển " + n + " thông báo đang giữ sang gửi." : "Chưa cấu hình máy chủ thư (spring.mail.host).");
    return "redirect:/staff/outbox";
  }

  /** The send processes of these notices that ended in an incident (a sent notice has none to look for). */
  private Set<String> failedSends(List<Outbox.Notice> notices) {
    return outbox.withIncident(notices.stream().filter(n -> n.processInstanceId() != null && !"SENT".equals(n.status()))
        .map(Outbox.Notice::processInstanceId).toList());
  }

  /** @param failed the send processes with an incident (from {@link #failedSends}) */
  private Row row(Outbox.Notice n, boolean intake, Set<String> failed) {
    boolean incident = n.processInstanceId() != null && failed.contains(n.processInstanceId());
    String status = incident ? "Gửi lỗi – sự cố trong Cockpit" : STATUSES.getOrDefault(n.status(), n.status());
    return new Row(n.id(), format(n.createdAt()), KINDS.getOrDefault(n.kind(), n.kind()),
        intake ? n.recipient() : mask(n.recipient()), n.subject(), status, n.attempts(), incident);
  }

  private String format(OffsetDateTime t) {
    return t == null ? "" : TIME.format(t.atZoneSameInstant(clock.zone()));
  }

  /** "an@example.com" → "a***@example.com". */
  static String mask(String address) {
    if (address == null) {
      return "";
    }
    int at = address.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    return address.charAt(0) + "***" + address.substring(at);
  }
}
