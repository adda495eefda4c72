package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Rate limits as a citizen or an attacker meets them (its own context, with small limits). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "desk.rate-limit.submissions-per-minute=3", "desk.rate-limit.wrong-access-codes=3",
    "spring.datasource.url=jdbc:h2:mem:rate-limit;DB_CLOSE_DELAY=-1",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@ActiveProfiles("test")
class PublicRateLimitTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  static final String VALID = """
      {"type":"PRAISE","description":"Cán bộ một cửa hướng dẫn rất tận tình, chu đáo.",
       "official":{"badgeCode":"VH000130"},"anonymous":true}""";

  private ResponseEntity<String> post() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.postForEntity("/api/public/reports", new HttpEntity<>(VALID, headers), String.class);
  }

  private ResponseEntity<String> read(String code, String accessCode) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Access-Code", accessCode);
    return http.exchange("/api/public/reports/" + code, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void floodOfSubmissionsFromOneAddressIsSlowedDownAndGuessingAccessCodesLocksTheCode() throws Exception {
    var receipt = json.readTree(post().getBody());
    post();
    post();
    ResponseEntity<String> fourth = post();
    assertThat(fourth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(fourth.getHeaders().getFirst("Retry-After")).isNotBlank();

    String code = receipt.get("trackingCode").asText();
    for (int i = 0; i < 3; i++) {
      assertThat(read(code, "WRONG-CODE-" + i).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    // locked: even the right code waits now
    assertThat(read(code, receipt.get("accessCode").asText()).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    // an unknown tracking code behaves the same, so the lock reveals nothing
    for (int i = 0; i < 3; i++) {
      read("VH000000-ZZZZZZ", "WRONG-CODE");
    }
    assertThat(read("VH000000-ZZZZZZ", "WRONG-CODE").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
  }
}
