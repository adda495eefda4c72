package vn.gov.vhcv.desk.intake;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/** The citizens' API: send a report, follow it with the tracking code and the access code. No login. */
@RestController
@RequestMapping("/api/public/reports")
public class PublicReportController {

  public record PublicStatus(String trackingCode, String type, String category, String status, String statusText,
      OffsetDateTime receivedAt, LocalDate acknowledgementDue, LocalDate resolutionDue, String result,
      OffsetDateTime closedAt, List<TimelineEntry> history) {}

  public record TimelineEntry(OffsetDateTime at, String text) {}

  private final ReportService reports;
  private final CaseRepository cases;
  private final CaseHistory history;
  private final CaseClocks clocks;
  private final AccessCodeLock lock;

  public PublicReportController(ReportService reports, CaseRepository cases, CaseHistory history, CaseClocks clocks,
      AccessCodeLock lock) {
    this.reports = reports;
    this.cases = cases;
    this.history = history;
    this.clocks = clocks;
    this.lock = lock;
  }

  @PostMapping
  public ResponseEntity<Receipt> submit(@Valid @RequestBody ReportRequest report,
      @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
    return ResponseEntity.status(HttpStatus.CREATED).body(reports.submitPublic(report, idempotencyKey));
  }

  @GetMapping("/{trackingCode}")
  public PublicStatus status(@PathVariable String trackingCode,
      @RequestHeader(name = "X-Access-Code", required = false) String accessCode) {
    String code = lock.verify(trackingCode, accessCode);
    CaseRecord c = cases.getByTrackingCode(code);
    return new PublicStatus(c.trackingCode(), c.reportType().label(),
        c.category() == null ? null : c.category().label(), c.status().name(), c.status().publicText(),
        c.receivedAt(), due(c.id(), ClockKind.ACKNOWLEDGEMENT), java.util.Optional.ofNullable(due(c.id(), ClockKind.RESOLUTION)).orElseGet(() -> due(c.id(), ClockKind.SECOND_INSTANCE)),
        c.status().isClosed() ? c.outcomeText() : null, c.closedAt(),
        history.publicEntries(c.id()).stream().map(e -> new TimelineEntry(e.at(), e.message())).toList());
  }

  private LocalDate due(long caseId, ClockKind kind) {
    return clocks.find(caseId, kind).map(CaseClock::dueOn).orElse(null);
  }
}
