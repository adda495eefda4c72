package vn.gov.vhcv.desk.clock;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseNotFoundException;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.security.StaffRoles;

/**
 * Staff actions on a case's clocks: pause and resume (investigators, intake for the acknowledgement clock,
 * leaders), request an extension (investigators), approve or reject it (leaders: only an approved extension
 * moves the due date). Each change re-arms the clock's warnings.
 */
@RestController
@RequestMapping("/api/cases/{trackingCode}/clocks/{kind}")
public class ClockController {

  public record PauseRequest(String reason) {}

  public record ExtensionRequest(int days, String reason, Complexity complexity) {}

  public record Decision(String decisionNo) {}

  public record ClockView(CaseClock clock, List<CaseClocks.Pause> pauses, List<CaseClocks.Extension> extensions) {}

  private final vn.gov.vhcv.desk.security.UnitScope units;
  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final ClockExtensions extensions;
  private final CaseHistory history;
  private final AuditLog audit;

  public ClockController(CaseRepository cases, CaseClocks clocks, ClockExtensions extensions,
      CaseHistory history, AuditLog audit, vn.gov.vhcv.desk.security.UnitScope units) {
    this.units = units;
    this.cases = cases;
    this.clocks = clocks;
    this.extensions = extensions;
    this.history = history;
    this.audit = audit;
  }

  @GetMapping
  public ClockView get(@PathVariable String trackingCode, @PathVariable ClockKind kind) {
    CaseClock c = clocks.find(caseOf(trackingCode).id(), kind).orElseThrow(CaseNotFoundException::new);
    return new ClockView(c, clocks.pauses(c.id()), clocks.extensions(c.id()));
  }

  @PostMapping("/pause")
  @Transactional
  public ClockView pause(@PathVariable String trackingCode, @PathVariable ClockKind kind, @RequestBody PauseRequest body,
      Authentication user) {
    requireHandler(user, kind);
    CaseRecord c = caseOf(trackingCode);
    CaseClock k = clocks.pause(c.id(), kind, body.reason(), user.getName());
    history.record(c.id(), "CLOCK_PAUSED", kind.label() + " tạm dừng: " + body.reason().strip(), user.getName(), true);
    audit.record(user.getName(), "CLOCK_PAUSED", c.id(), kind.name());
    return new ClockView(k, clocks.pauses(k.id()), clocks.extensions(k.id()));
  }

  @PostMapping("/resume")
  @Transactional
  public ClockView resume(@PathVariable String trackingCode, @PathVariable ClockKind kind, Authentication user) {
    requireHandler(user, kind);
    CaseRecord c = caseOf(trackingCode);
    CaseClock k = clocks.resume(c.id(), kind, user.getName());
    history.record(c.id(), "CLOCK_RESUMED", kind.label() + " tiếp tục; hạn mới: " + Dates.text(k.dueOn()) + ".",
        user.getName(), true);
    audit.record(user.getName(), "CLOCK_RESUMED", c.id(), kind.name());
    return new ClockView(k, clocks.pauses(k.id()), clocks.extensions(k.id()));
  }

  @PostMapping("/extensions")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  public CaseClocks.Extension requestExtension(@PathVariable String trackingCode, @PathVariable ClockKind kind,
      @RequestBody ExtensionRequest body, Authentication user) {
    requireHandler(user, kind);
    CaseRecord c = caseOf(trackingCode);
    var e = extensions.request(c, kind, body.days(), body.reason(), body.complexity(), user.getName());
    history.record(c.id(), "EXTENSION_REQUESTED", "Đề nghị gia hạn " + kind.label().toLowerCase() + " " + body.days()
        + " ngày: " + body.reason().strip(), user.getName(), false);
    audit.record(user.getName(), "EXTENSION_REQUESTED", c.id(), kind + " days=" + body.days());
    return e;
  }

  @PostMapping("/extensions/{extensionId}/approve")
  @Transactional
  public ClockView approve(@PathVariable String trackingCode, @PathVariable ClockKind kind, @PathVariable long extensionId,
      @RequestBody Decision body, Authentication user) {
    requireLeader(user);
    CaseRecord c = caseOf(trackingCode);
    CaseClock k;
    try {
      k = clocks.approveExtension(c.id(), kind, extensionId, body.decisionNo(), user.getName());
    } catch (Refusal refused) {
      // the four-eyes rule refuses the request itself: answered as every other refusal of this API, a 400 on "request"
      throw new IllegalArgumentException(refused.getMessage(), refused);
    }
    history.record(c.id(), "EXTENSION_APPROVED", "Gia hạn " + kind.label().toLowerCase() + " theo quyết định số "
        + body.decisionNo().strip() + "; hạn mới: " + Dates.text(k.dueOn()) + ".", user.getName(), true);
    audit.record(user.getName(), "EXTENSION_APPROVED", c.id(), kind + " extension=" + extensionId);
    return new ClockView(k, clocks.pauses(k.id()), clocks.extensions(k.id()));
  }

  @PostMapping("/extensions/{extensionId}/reject")
  @Transactional
  public ClockView reject(@PathVariable String trackingCode, @PathVariable ClockKind kind, @PathVariable long extensionId,
      Authentication user) {
    requireLeader(user);
    CaseRecord c = caseOf(trackingCode);
    clocks.rejectExtension(c.id(), kind, extensionId, user.getName());
    audit.record(user.getName(), "EXTENSION_REJECTED", c.id(), kind + " extension=" + extensionId);
    CaseClock k = clocks.find(c.id(), kind).orElseThrow();
    return new ClockView(k, clocks.pauses(k.id()), clocks.extensions(k.id()));
  }

  /** The case, if the logged-in staff member may see it (their units' cases); else the same 404 as an unknown code. */
  private CaseRecord caseOf(String trackingCode) {
    var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    return units.visibleCase(user, trackingCode).orElseThrow(CaseNotFoundException::new);
  }

  private static void requireHandler(Authentication user, ClockKind kind) {
    boolean ok = StaffRoles.has(user, StaffRoles.INVESTIGATOR) || StaffRoles.has(user, StaffRoles.LEADER)
        || (kind == ClockKind.ACKNOWLEDGEMENT && StaffRoles.has(user, StaffRoles.INTAKE))
        || (kind == ClockKind.DISCIPLINE && StaffRoles.has(user, StaffRoles.COUNCIL));
    if (!ok) {
      throw new AccessDeniedException("Chỉ cán bộ xác minh, lãnh đạo (hoặc Hội đồng kỷ luật với thời hạn xử lý kỷ luật) được thay đổi thời hạn");
    }
  }

  private static void requireLeader(Authentication user) {
    if (!StaffRoles.has(user, StaffRoles.LEADER)) {
      throw new AccessDeniedException("Chỉ lãnh đạo được quyết định gia hạn");
    }
  }
}
