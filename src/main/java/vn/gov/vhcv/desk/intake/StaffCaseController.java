package vn.gov.vhcv.desk.intake;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseNotFoundException;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Complainant;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScope;

/** Staff intake and the staff view of a case, with its clocks. */
@RestController
@RequestMapping("/api/cases")
public class StaffCaseController {

  public record CaseView(String trackingCode, String type, String category, String conductCode, String status,
      String statusText, String channel, String description, LocalDate occurredOn, String officialBadgeCode,
      String officialNameGiven, String officialUnitGiven, String unitCode, boolean anonymous,
      OffsetDateTime receivedAt, LocalDate acknowledgementDue, LocalDate resolutionDue, List<CaseClock> clocks,
      String processInstanceId, String outcome, String outcomeText, OffsetDateTime closedAt,
      Complainant complainant, List<CaseHistory.Entry> history) {}

  private final ReportService reports;
  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final CaseHistory history;
  private final AuditLog audit;
  private final UnitScope units;

  public StaffCaseController(ReportService reports, CaseRepository cases, CaseClocks clocks, CaseHistory history,
      AuditLog audit, UnitScope units) {
    this.reports = reports;
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.audit = audit;
    this.units = units;
  }

  @PostMapping
  public ResponseEntity<Receipt> create(@Valid @RequestBody StaffCaseRequest request,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey, Authentication user) {
    if (!StaffRoles.has(user, StaffRoles.INTAKE) && !StaffRoles.has(user, StaffRoles.ADMIN)) {
      throw new AccessDeniedException("Chỉ cán bộ tiếp nhận được nhập đơn");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(reports.submitByStaff(request, idempotencyKey, user.getName()));
  }

  @GetMapping("/{trackingCode}")
  public CaseView get(@PathVariable String trackingCode, Authentication user) {
    CaseRecord c = units.visibleCase(user, trackingCode).orElseThrow(CaseNotFoundException::new);
    List<CaseClock> caseClocks = clocks.ofCase(c.id());
    Complainant complainant = null;
    if (StaffRoles.has(user, StaffRoles.INTAKE) || StaffRoles.has(user, StaffRoles.INVESTIGATOR)) {
      complainant = cases.complainantOf(c.id()).orElse(null);
      if (complainant != null) {
        audit.record(user.getName(), "COMPLAINANT_VIEWED", c.id(), "GET /api/cases/" + c.trackingCode());
      }
    }
    return new CaseView(c.trackingCode(), c.reportType().name(), c.category() == null ? null : c.category().name(),
        c.conductCode(), c.status().name(), c.status().publicText(), c.channel().name(), c.description(),
        c.occurredOn(), c.officialBadgeCode(), c.officialNameGiven(), c.officialUnitGiven(), c.unitCode(),
        c.anonymous(), c.receivedAt(), due(caseClocks, ClockKind.ACKNOWLEDGEMENT), java.util.Optional.ofNullable(due(caseClocks, ClockKind.RESOLUTION))
            .orElseGet(() -> due(caseClocks, ClockKind.SECOND_INSTANCE)),
        caseClocks, c.processInstanceId(), c.outcome(), c.outcomeText(), c.closedAt(), complainant,
        history.allEntries(c.id()));
  }

  private static LocalDate due(List<CaseClock> clocks, ClockKind kind) {
    return clocks.stream().filter(k -> k.kind() == kind).map(CaseClock::dueOn).findFirst().orElse(null);
  }
}
