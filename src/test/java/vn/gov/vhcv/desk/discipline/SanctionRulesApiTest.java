package vn.gov.vhcv.desk.discipline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.DeskTest;

/** POST /api/rules/sanction through HTTP as the demo accounts: the discipline's own decision table, read-only. */
class SanctionRulesApiTest extends DeskTest {

  static final String SERIOUS_FIRST = """
      {"officialKind":"CONG_CHUC","leader":false,"severity":"SERIOUS","priorSanction":"NONE",
       "priorSanctionDecidedOn":null,"breachOn":"2026-03-01"}""";

  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  private ResponseEntity<String> ask(String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      headers.setBasicAuth(user, "demo");
    }
    return http.exchange("/api/rules/sanction", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private JsonNode answer(String body) throws Exception {
    ResponseEntity<String> r = ask("xacminh", body);
    assertThat(r.getStatusCode().value()).as(r.getBody()).isEqualTo(200);
    return json.readTree(r.getBody());
  }

  @Test
  void everyStaffRoleMayAskAndAnonymousMayNot() throws Exception {
    for (String user : List.of("tiepnhan", "xacminh", "lanhdao", "hoidong", "thidua", "giamsat", "admin")) {
      ResponseEntity<String> r = ask(user, SERIOUS_FIRST);
      assertThat(r.getStatusCode().value()).as(user).isEqualTo(200);
      JsonNode a = json.readTree(r.getBody());
      // a non-leader công chức's first serious breach: cảnh cáo, whatever the number of founded reports
      assertThat(a.get("form").asText()).isEqualTo("CANH_CAO");
      assertThat(a.get("legalBasis").asText()).contains("NĐ 172/2025/NĐ-CP", "cảnh cáo");
      assertThat(a.get("timeBarred").asBoolean()).isFalse();
      assertThat(a.size()).isEqualTo(3);
    }
    assertThat(ask(null, SERIOUS_FIRST).getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aBreachWhileADisciplineIsServedIsOneFormHeavierAndAnOldRepeatIsNot() throws Exception {
    // a cán bộ under a cảnh cáo signed 10/01/2026 commits a new serious breach on 01/03/2026: cách chức
    assertThat(answer("""
        {"officialKind":"CAN_BO","leader":true,"severity":"SERIOUS","priorSanction":"CANH_CAO",
         "priorSanctionDecidedOn":"2026-01-10","breachOn":"2026-03-01"}""").get("form").asText()).isEqualTo("CACH_CHUC");
    // elected: bãi nhiệm
    assertThat(answer("""
        {"officialKind":"CAN_BO","leader":false,"severity":"SERIOUS","priorSanction":"CANH_CAO",
         "priorSanctionDecidedOn":"2026-01-10","breachOn":"2026-03-01"}""").get("form").asText()).isEqualTo("BAI_NHIEM");
    // a reprimand whose period of effect ended long before: a repeat after khiển trách, cảnh cáo (not one heavier)
    JsonNode repeat = answer("""
        {"officialKind":"CONG_CHUC","leader":false,"severity":"SERIOUS","priorSanction":"KHIEN_TRACH",
         "priorSanctionDecidedOn":"2023-05-10","breachOn":"2026-03-01"}""");
    assertThat(repeat.get("form").asText()).isEqualTo("CANH_CAO");
    assertThat(repeat.get("legalBasis").asText()).contains("đã bị khiển trách mà tái phạm");
    // the same reprimand still in effect: buộc thôi việc for a non-leader (one form heavier than cảnh cáo)
    assertThat(answer("""
        {"officialKind":"CONG_CHUC","leader":false,"severity":"SERIOUS","priorSanction":"KHIEN_TRACH",
         "priorSanctionDecidedOn":"2025-05-10","breachOn":"2026-03-01"}""").get("form").asText()).isEqualTo("BUOC_THOI_VIEC");
  }

  @Test
  void theLimitationFollowsTheFormTheBreachWarrants() throws Exception {
    // 6 years: khiển trách-level breach is past its 5 years, a cảnh cáo-level one within its 10
    JsonNode less = answer("""
        {"officialKind":"CONG_CHUC","leader":true,"severity":"LESS_SERIOUS","priorSanction":"NONE","breachOn":"2020-06-01"}""");
    assertThat(less.get("form").asText()).isEqualTo("KHIEN_TRACH");
    assertThat(less.get("timeBarred").asBoolean()).isTrue();
    JsonNode serious = answer("""
        {"officialKind":"CONG_CHUC","leader":true,"severity":"SERIOUS","priorSanction":"NONE","breachOn":"2020-06-01"}""");
    assertThat(serious.get("form").asText()).isEqualTo("CANH_CAO");
    assertThat(serious.get("timeBarred").asBoolean()).isFalse();
  }

  @Test
  void badInputGetsAVietnameseErrorPerField() throws Exception {
    ResponseEntity<String> r = ask("lanhdao", """
        {"officialKind":"CONG_CHUC","leader":false,"severity":"ESPECIALLY_SERIOUS","priorSanction":"CANH_CAO","breachOn":"2026-03-01"}""");
    assertThat(r.getStatusCode().value()).isEqualTo(400);
    assertThat(r.getBody()).contains("severity", "rất nghiêm trọng", "priorSanctionDecidedOn", "ngày quyết định");
    r = ask("lanhdao", """
        {"officialKind":"NHAN_VIEN","severity":"SERIOUS","priorSanction":"KHIEN_TRACH","priorSanctionDecidedOn":"2026-04-01",
         "breachOn":"2026-03-01"}""");
    assertThat(r.getStatusCode().value()).isEqualTo(400);
    assertThat(r.getBody()).contains("officialKind", "leader", "không phải tái phạm");
    assertThat(ask("lanhdao", "{\"officialKind\":\"CAN_BO\",\"x\":1}").getStatusCode().value()).isEqualTo(400);
  }
}
