package vn.gov.vhcv.desk.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.CaseScenarios;

/** NĐ 98/2023 Điều 4 asked directly: the guard the commendation applies, for one official. */
class CommendationEligibilityApiTest extends CaseScenarios {

  @Autowired TestRestTemplate http;

  private JsonNode ask(String badge) throws Exception {
    var answer = http.withBasicAuth("thidua", "demo")
        .getForEntity("/api/officials/" + badge + "/commendation-eligibility", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return new ObjectMapper().readTree(answer.getBody());
  }

  @Test
  void anOfficialWithAnAcceptedDenunciationIsNotEligibleAndSaysWhy() throws Exception {
    // other tests may have open cases about the same official: this one's own letter is what is watched
    String code = submit(CommendationProcessTest.complaintAbout("VH000118")).trackingCode();
    assertThat(ask("VH000118").get("reasons").toString()).as("a letter not yet accepted does not bar").doesNotContain(code);
    accept(code, "TO_CAO", "C05");
    JsonNode answer = ask("VH000118");
    assertThat(answer.get("eligible").asBoolean()).isFalse();
    assertThat(answer.get("reasons").toString()).contains(code).contains("xác minh, làm rõ");
  }

  @Test
  void anUnknownBadgeIsNotFoundAndAnonymousIsRefused() {
    assertThat(http.withBasicAuth("giamsat", "demo").getForEntity("/api/officials/VH999999/commendation-eligibility",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/officials/VH000115/commendation-eligibility", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
