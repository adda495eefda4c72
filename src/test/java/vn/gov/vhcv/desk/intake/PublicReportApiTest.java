package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
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

/** The public contract of DESIGN.md, over real HTTP. */
class PublicReportApiTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  static final String VALID = """
      {"type":"COMPLAINT","description":"Cán bộ địa chính yêu cầu nộp thêm giấy tờ không có trong quy định.",
       "occurredOn":"2026-11-20","official":{"badgeCode":"VH000130"},"anonymous":false,
       "complainant":{"fullName":"Trần Thị Bình","phone":"0987654321","email":"binh@example.com"}}""";

  private ResponseEntity<String> post(String body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.postForEntity("/api/public/reports", new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> status(String trackingCode, String accessCode) {
    HttpHeaders headers = new HttpHeaders();
    if (accessCode != null) {
      headers.set("X-Access-Code", accessCode);
    }
    return http.exchange("/api/public/reports/" + trackingCode, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  private long caseCount() {
    return jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
  }

  @Test
  void validReportIsCreatedAndItsStatusReadWithTheAccessCode() throws Exception {
    ResponseEntity<String> created = post(VALID, null);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode receipt = json.readTree(created.getBody());
    String code = receipt.get("trackingCode").asText();
    assertThat(code).matches("VH\\d{6}-[A-Z2-9]{6}");
    assertThat(receipt.get("accessCode").asText()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(receipt.get("acknowledgementDue").asText()).matches("\\d{4}-\\d{2}-\\d{2}");

    ResponseEntity<String> read = status(code, receipt.get("accessCode").asText());
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(read.getBody());
    assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(body.get("statusText").asText()).contains("Đã tiếp nhận");
    assertThat(body.get("acknowledgementDue").asText()).isEqualTo(receipt.get("acknowledgementDue").asText());
    assertThat(body.get("history")).hasSize(1);
    assertThat(read.getBody()).doesNotContain("Trần Thị Bình", "binh@example.com", "0987654321");
    // the access code is checked case-insensitively and without dashes
    assertThat(status(code, receipt.get("accessCode").asText().toLowerCase().replace("-", "")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    // only a hash of the access code is stored
    String stored = jdbc.sql("SELECT access_code_hash FROM report_case WHERE tracking_code = :c").param("c", code)
        .query(String.class).single();
    assertThat(stored).startsWith("sha256:").doesNotContain(receipt.get("accessCode").asText());
  }

  @Test
  void invalidReportGets400WithEveryFieldErrorAndStoresNothing() throws Exception {
    long before = caseCount();
    ResponseEntity<String> r = post("""
        {"type":"COMPLAINT","description":"","official":{"badgeCode":"XX1"},
         "complainant":{"email":"not-an-email"}}""", null);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(r.getBody()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains("description", "official.badgeCode", "complainant.email");
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void unknownBadgeCodeAndMissingComplainantNameAre400() throws Exception {
    long before = caseCount();
    ResponseEntity<String> r = post("""
        {"type":"COMPLAINT","description":"Cán bộ không đeo thẻ khi làm việc với dân.",
         "official":{"badgeCode":"VH999999"},"complainant":{"phone":"0912345678"}}""", null);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(r.getBody()).get("errors").findValuesAsText("field"))
        .contains("official.badgeCode", "complainant.fullName");
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void controlCharactersInTheOfficialsNameOrUnitAre400AndStoreNothing() throws Exception {
    long before = caseCount();
    // JSON escapes: the body is valid JSON, the decoded names carry a BEL and a NUL
    ResponseEntity<String> r = post("""
        {"type":"COMPLAINT","description":"Cán bộ một cửa quát nạt người dân đến làm thủ tục.",
         "official":{"fullName":"Nguyễn Văn\\u0007 Cường","unitName":"UBND phường\\u0000 An Bình"},
         "anonymous":true}""", null);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(r.getBody()).get("errors");
    assertThat(errors.findValuesAsText("field")).contains("official.fullName", "official.unitName");
    assertThat(errors.findValuesAsText("message")).contains("Chứa ký tự điều khiển không hợp lệ");
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void malformedJsonAndWrongTypesAre400() throws Exception {
    assertThat(post("{not json", null).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> wrongType = post(VALID.replace("\"COMPLAINT\"", "\"SHOUTING\""), null);
    assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(wrongType.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("type");
    ResponseEntity<String> unknownField = post(VALID.replace("\"anonymous\":false", "\"anonymous\":false,\"admin\":true"), null);
    assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void oversizedBodyIs413AndStoresNothing() {
    long before = caseCount();
    String huge = VALID.replace("không có trong quy định.", "x".repeat(70_000));
    assertThat(post(huge, null).getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void unknownCodeAndWrongAccessCodeGetTheSame404() throws Exception {
    JsonNode receipt = json.readTree(post(VALID, null).getBody());
    ResponseEntity<String> wrong = status(receipt.get("trackingCode").asText(), "AAAA-BBBB-CCCC");
    ResponseEntity<String> unknown = status("VH000000-AAAAAA", receipt.get("accessCode").asText());
    ResponseEntity<String> missing = status(receipt.get("trackingCode").asText(), null);
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(wrong.getBody()).isEqualTo(unknown.getBody()).isEqualTo(missing.getBody());
  }

  @Test
  void retriedSubmissionWithTheSameIdempotencyKeyReturnsTheSameCase() throws Exception {
    String key = UUID.randomUUID().toString();
    long before = caseCount();
    ResponseEntity<String> first = post(VALID, key);
    ResponseEntity<String> second = post(VALID, key);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(second.getBody()).isEqualTo(first.getBody());
    assertThat(caseCount()).isEqualTo(before + 1);
    JsonNode receipt = json.readTree(second.getBody());
    assertThat(status(receipt.get("trackingCode").asText(), receipt.get("accessCode").asText()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void sameIdempotencyKeyWithAnotherReportIsRefused() {
    String key = UUID.randomUUID().toString();
    post(VALID, key);
    long before = caseCount();
    ResponseEntity<String> other = post(VALID.replace("VH000130", "VH000131"), key);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(caseCount()).isEqualTo(before);
  }

  @Test
  void anonymousReportNeedsNoComplainantAndKeepsNone() throws Exception {
    ResponseEntity<String> r = post("""
        {"type":"COMPLAINT","description":"Cán bộ phường nhận tiền bồi dưỡng khi làm hồ sơ đất.",
         "official":{"fullName":"Nguyễn Văn Tư","unitName":"UBND phường An Bình"},"anonymous":true}""", null);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = json.readTree(r.getBody()).get("trackingCode").asText();
    Long complainants = jdbc.sql("SELECT COUNT(*) FROM complainant c JOIN report_case r ON r.id = c.case_id WHERE r.tracking_code = :c")
        .param("c", code).query(Long.class).single();
    assertThat(complainants).isZero();
  }
}
