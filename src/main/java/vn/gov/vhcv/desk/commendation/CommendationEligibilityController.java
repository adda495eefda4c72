package vn.gov.vhcv.desk.commendation;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * "Điều kiện khen thưởng" asked directly (NĐ 98/2023/NĐ-CP Điều 4): the same guard the commendation runs when a
 * proposal starts and when the award is decided. Staff only; it names the open cases, never their complainants.
 */
@RestController
public class CommendationEligibilityController {

  public record Eligibility(String badgeCode, boolean eligible, List<String> reasons) {}

  private final CommendationGuard guard;
  private final ReferenceData reference;

  public CommendationEligibilityController(CommendationGuard guard, ReferenceData reference) {
    this.guard = guard;
    this.reference = reference;
  }

  @GetMapping("/api/officials/{badgeCode}/commendation-eligibility")
  public Eligibility eligibility(@PathVariable String badgeCode) {
    String badge = badgeCode.strip().toUpperCase();
    if (reference.official(badge).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có cán bộ mang mã thẻ " + badge);
    }
    // no case of the official is being decided here: every open one counts
    List<String> reasons = guard.obstacles(badge, -1);
    return new Eligibility(badge, reasons.isEmpty(), reasons);
  }
}
