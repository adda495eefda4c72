package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.Receipt;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.intake.ReportService;

/** Rate limits as a citizen or an attacker meets them (its own context, with small limits). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "desk.rate-limit.submissions-per-minute=3", "desk.rate-limit.wrong-access-codes=3",
    "desk.rate-limit.status-reads-per-minute=1000",
    "spring.datasource.url=jdbc:h2:mem:rate-limit;DB_CLOSE_DELAY=-1",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@ActiveProfiles("test")
class PublicRateLimitTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired ReportService reports;
  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

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

  /** A report stored without going through the submission limit (the attacks here are on reading it). */
  private Receipt report() {
    return reports.submitPublic(new ReportRequest(ReportType.PRAISE, "Cán bộ một cửa hướng dẫn rất tận tình, chu đáo.",
        null, new ReportRequest.OfficialRef("VH000130", null, null), null, true, null), null);
  }

  /** GET /api/public/reports/{rawPath} with the path sent exactly as given (percent escapes included). */
  private HttpResponse<String> rawRead(String rawPath, String accessCode) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/reports/" + rawPath));
    if (accessCode != null) {
      request.header("X-Access-Code", accessCode);
    }
    return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The citizen's status form, as a browser posts it (CSRF token of the form page). */
  private HttpResponse<String> statusPage(String trackingCode, String accessCode) throws Exception {
    String form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/status")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).isTrue();
    String body = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)
        + "&trackingCode=" + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8)
        + "&accessCode=" + URLEncoder.encode(accessCode, StandardCharsets.UTF_8);
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/status"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void wrongAccessCodesOnTheStatusPageCountAgainstTheSameLockAsTheApi() throws Exception {
    Receipt receipt = report();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> wrong = statusPage(receipt.trackingCode(), "WRNG-CODE-000" + i);
      assertThat(wrong.statusCode()).isEqualTo(404);
      assertThat(wrong.body()).contains("Không tìm thấy hồ sơ");
    }
    // the API honours the lock the page's guesses set ...
    assertThat(read(receipt.trackingCode(), receipt.accessCode()).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    // ... and so does the page itself, with the right code too, saying why in Vietnamese
    HttpResponse<String> locked = statusPage(receipt.trackingCode(), receipt.accessCode());
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
    assertThat(locked.body()).contains("Nhập sai mã truy cập quá nhiều lần", "tạm khóa 15 phút")
        .doesNotContain("Đã tiếp nhận");

    // a lock set through the API holds on the page
    Receipt other = report();
    for (int i = 0; i < 3; i++) {
      assertThat(read(other.trackingCode(), "WRONG-CODE-" + i).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(statusPage(other.trackingCode(), other.accessCode()).statusCode()).isEqualTo(429);
  }

  @Test
  void spellingsOfOneTrackingCodeShareOneLock() throws Exception {
    Receipt receipt = report();
    String code = receipt.trackingCode();
    assertThat(rawRead(code + "%20", "WRONG-CODE-1").statusCode()).isEqualTo(404);
    assertThat(rawRead(code.replace("-", "%2D"), "WRONG-CODE-2").statusCode()).isEqualTo(404);
    assertThat(rawRead("%20" + code.toLowerCase(), "WRONG-CODE-3").statusCode()).isEqualTo(404);
    HttpResponse<String> locked = rawRead(code, receipt.accessCode());
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(json.readTree(locked.body()).get("message").asText()).contains("tạm khóa 15 phút");
    // the page, with its own spelling, meets the same lock
    assertThat(statusPage(" " + code.toLowerCase() + " ", receipt.accessCode()).statusCode()).isEqualTo(429);
  }

  @Test
  void requestsWithoutAnAccessCodeAreNoGuessesAndLockNothing() throws Exception {
    Receipt receipt = report();
    for (int i = 0; i < 10; i++) {
      assertThat(rawRead(receipt.trackingCode(), null).statusCode()).isEqualTo(404);
      assertThat(rawRead(receipt.trackingCode(), " ").statusCode()).isEqualTo(404);
      assertThat(statusPage(receipt.trackingCode(), "").statusCode()).isEqualTo(404);
    }
    assertThat(rawRead(receipt.trackingCode(), receipt.accessCode()).statusCode()).isEqualTo(200);
    assertThat(statusPage(receipt.trackingCode(), receipt.accessCode()).statusCode()).isEqualTo(200);
  }
}
