package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.DeskTest;

/** Staff intake with a past receivedAt, the case view with its clocks, and who sees the complainant. */
class StaffCaseApiTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  static final String PAPER_LETTER = """
      {"report":{"type":"COMPLAINT","description":"Đơn giấy: công chức tư pháp xã yêu cầu nộp bản sao công chứng không cần thiết.",
                 "official":{"badgeCode":"VH000130"},"complainant":{"fullName":"Lê Văn Cường","address":"Thôn 3, xã Tân Hòa"}},
       "channel":"PAPER","receivedAt":"2026-02-12T10:00:00+07:00"}""";

  private ResponseEntity<String> exchange(HttpMethod method, String url, String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      headers.setBasicAuth(user, "demo");
    }
    return http.exchange(url, method, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void paperLetterReceivedBeforeTetHasItsDeadlineAfterTheHoliday() throws Exception {
    ResponseEntity<String> created = exchange(HttpMethod.POST, "/api/cases", "tiepnhan", PAPER_LETTER);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // received Thu 12/2/2026; Fri 13/2 is a working day, Tết runs 14/2–22/2, so 10 working days are 13/2, 23/2 … 27/2, 2/3 … 5/3
    JsonNode receipt = json.readTree(created.getBody());
    assertThat(receipt.get("acknowledgementDue").asText()).isEqualTo("2026-03-05");

    JsonNode view = json.readTree(exchange(HttpMethod.GET, "/api/cases/" + receipt.get("trackingCode").asText(),
        "tiepnhan", null).getBody());
    assertThat(view.get("acknowledgementDue").asText()).isEqualTo("2026-03-05");
    assertThat(view.get("channel").asText()).isEqualTo("PAPER");
    assertThat(view.get("receivedAt").asText()).startsWith("2026-02-12T10:00");
    assertThat(view.get("clocks").get(0).get("legalBasis").asText()).contains("Luật Tiếp công dân");
    assertThat(view.get("complainant").get("fullName").asText()).isEqualTo("Lê Văn Cường");
  }

  @Test
  void monitorSeesTheCaseButNotTheComplainantAndEveryViewIsAudited() throws Exception {
    String code = json.readTree(exchange(HttpMethod.POST, "/api/cases", "tiepnhan", PAPER_LETTER).getBody())
        .get("trackingCode").asText();
    long caseId = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    JsonNode monitorView = json.readTree(exchange(HttpMethod.GET, "/api/cases/" + code, "giamsat", null).getBody());
    assertThat(monitorView.has("complainant")).isFalse();
    assertThat(monitorView.toString()).doesNotContain("Lê Văn Cường");
    exchange(HttpMethod.GET, "/api/cases/" + code, "xacminh", null);
    Long views = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = 'COMPLAINANT_VIEWED'")
        .param("id", caseId).query(Long.class).single();
    assertThat(views).isEqualTo(1);
  }

  @Test
  void onlyIntakeStaffMayEnterLettersAndAFutureReceivedAtIsRefused() throws Exception {
    assertThat(exchange(HttpMethod.POST, "/api/cases", "giamsat", PAPER_LETTER).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange(HttpMethod.POST, "/api/cases", null, PAPER_LETTER).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> future = exchange(HttpMethod.POST, "/api/cases", "tiepnhan",
        PAPER_LETTER.replace("2026-02-12T10:00:00+07:00", "2099-01-01T10:00:00+07:00"));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(future.getBody()).get("errors").findValuesAsText("field")).contains("receivedAt");
  }

  @Test
  void calendarEndpointAddsWorkingDaysAcrossTet() throws Exception {
    ResponseEntity<String> r = exchange(HttpMethod.GET, "/api/calendar/add-working-days?from=2026-02-12&days=3",
        "giamsat", null);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(r.getBody()).get("date").asText()).isEqualTo("2026-02-24");
    assertThat(exchange(HttpMethod.GET, "/api/calendar/add-working-days?from=2026-02-12&days=3", null, null)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(exchange(HttpMethod.GET, "/api/calendar/add-working-days?from=12-02-2026&days=3", "giamsat", null)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
