package vn.gov.vhcv.desk.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * The sender answers a request for more information: POST /api/public/reports/{code}/information with
 * X-Access-Code. An unknown code and a wrong access code get the same 404 as GET; a case that is not
 * waiting for information gets 409.
 */
@RestController
@RequestMapping("/api/public/reports")
public class InformationController {

  public record Information(@NotBlank(message = "Chưa nhập thông tin bổ sung") @Size(max = 4000) String information) {}

  static final String MESSAGE = "informationProvided";

  private final CaseRepository cases;
  private final CaseCodes codes;
  private final CaseHistory history;
  private final RuntimeService runtime;

  public InformationController(CaseRepository cases, CaseCodes codes, CaseHistory history, RuntimeService runtime) {
    this.cases = cases;
    this.codes = codes;
    this.history = history;
    this.runtime = runtime;
  }

  @PostMapping("/{trackingCode}/information")
  @Transactional
  public ResponseEntity<Void> provide(@PathVariable String trackingCode,
      @RequestHeader(name = "X-Access-Code", required = false) String accessCode, @Valid @RequestBody Information body) {
    String code = trackingCode.strip().toUpperCase();
    String storedHash = code.length() > 32 ? null : cases.accessCodeHash(code).orElse(null);
    if (!codes.matches(code, accessCode, storedHash)) {
      throw new CaseNotFoundException();
    }
    CaseRecord c = cases.getByTrackingCode(code);
    var waiting = runtime.createExecutionQuery().processInstanceBusinessKey(code).messageEventSubscriptionName(MESSAGE).list();
    if (waiting.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Hồ sơ không ở trạng thái chờ bổ sung thông tin");
    }
    String summary = (String) runtime.getVariable(waiting.get(0).getProcessInstanceId(), "caseSummary");
    history.record(c.id(), "INFORMATION_PROVIDED", "Người phản ánh đã bổ sung thông tin", null, true);
    runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(code)
        .setVariable("caseSummary", summary + "\n\nThông tin bổ sung: " + body.information().strip())
        .correlate();
    return ResponseEntity.accepted().build();
  }
}
