package vn.gov.vhcv.desk.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.ErrorBody;
import vn.gov.vhcv.desk.casefile.CaseNotFoundException;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScope;

/**
 * A khiếu nại lần hai or tố cáo tiếp received on paper, entered by intake staff of the superior unit with the day the
 * letter arrived (and, when the letter says so, the day the complainant received the first decision). The same checks
 * as the portal's; the answer carries the new case's codes for the receipt handed to the complainant.
 */
@RestController
public class EscalationController {

  /** The letter: its reason, when it arrived, and when the complainant received the first decision (optional). */
  public record EscalationRequest(String reason, OffsetDateTime receivedAt, LocalDate decisionReceivedOn) {}

  private final Escalations escalations;
  private final UnitScope units;

  public EscalationController(Escalations escalations, UnitScope units) {
    this.escalations = escalations;
    this.units = units;
  }

  @PostMapping("/api/cases/{trackingCode}/escalations")
  public ResponseEntity<Escalations.Filed> file(@PathVariable String trackingCode,
      @RequestBody EscalationRequest request, Authentication user) {
    if (!StaffRoles.has(user, StaffRoles.INTAKE) && !StaffRoles.has(user, StaffRoles.ADMIN)) {
      throw new AccessDeniedException("Chỉ cán bộ tiếp nhận được nhập đơn");
    }
    var first = units.visibleCase(user, trackingCode).orElseThrow(CaseNotFoundException::new);
    if (request == null || request.receivedAt() == null) {
      throw new Escalations.Refused("Nhập thời điểm nhận đơn (receivedAt).");
    }
    // the letter is received by the superior unit: its intake staff enter it
    var admissible = escalations.check(first, request.decisionReceivedOn());
    if (!units.canSee(user, admissible.superiorUnit())) {
      throw new AccessDeniedException("Đơn lần hai do bộ phận tiếp nhận của đơn vị cấp trên nhập");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(escalations.file(first.trackingCode(), request.reason(),
        Channel.PAPER, request.receivedAt(), request.decisionReceivedOn(), user.getName(), null));
  }

  @ExceptionHandler(Escalations.Refused.class)
  ResponseEntity<ErrorBody> refused(Escalations.Refused e) {
    return ResponseEntity.badRequest().body(new ErrorBody(400, e.getMessage(), List.of()));
  }
}
