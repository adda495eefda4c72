package vn.gov.vhcv.desk.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.SenderInformationLog;

/**
 * The sender answers a request for more information: POST /api/public/reports/{code}/information with
 * X-Access-Code. An unknown code and a wrong access code get the same 404 as GET; a case that is not
 * waiting for information gets 409.
 */
@RestController
@RequestMapping("/api/public/reports")
public class InformationController {

  public record Information(@NotBlank(message = "Chưa nhập thông tin bổ sung")
      @Size(max = SenderInformationLog.MAX_LENGTH, message = "Thông tin bổ sung dài tối đa 5000 ký tự") String information) {}

  private final CaseRepository cases;
  private final AccessCodeLock lock;
  private final SenderInformation information;

  public InformationController(CaseRepository cases, AccessCodeLock lock, SenderInformation information) {
    this.cases = cases;
    this.lock = lock;
    this.information = information;
  }

  @PostMapping("/{trackingCode}/information")
  public ResponseEntity<Void> provide(@PathVariable String trackingCode,
      @RequestHeader(name = "X-Access-Code", required = false) String accessCode, @Valid @RequestBody Information body) {
    String code = lock.verify(trackingCode, accessCode);
    if (!information.provide(cases.getByTrackingCode(code), body.information(), SenderInformationLog.Source.API, 0)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "Hồ sơ không ở trạng thái chờ bổ sung thông tin");
    }
    return ResponseEntity.accepted().build();
  }
}
