package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.CaseStatus;

/**
 * The sender's words — a report's description, a staff-entered letter, the answer to a request for information —
 * stay in the desk's tables: a long one reaches intake (the engine caps a String variable at 4,000 characters and
 * stopped "Đăng ký hồ sơ" with an incident), and no process variable nor its history holds any piece of it.
 */
class FreeTextOutOfTheEngineTest extends CaseScenarios {

  /** Length of the pieces of a text looked for in the engine's data. */
  static final int PIECE = 16;

  static final Map<String, Object> ASK = InformationRequestTest.ASK;

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  /** A letter of exactly {@code length} characters, no piece of which the desk writes itself (no dates, no codes). */
  static String letter(String opening, int length) {
    StringBuilder sb = new StringBuilder(opening).append(' ');
    for (int i = 1; sb.length() < length; i++) {
      sb.append("Lần thứ ").append(i).append(", tôi chờ ở quầy số ").append(i % 9 + 1)
          .append(" suốt buổi, người cán bộ mặc áo xanh lớn tiếng với cụ bà đi cùng tôi và bảo về nhà mà đợi. ");
    }
    String text = sb.substring(0, length);
    return text.substring(0, length - 1) + "x"; // never ends in a space the desk would strip
  }

  private ResponseEntity<String> postJson(String path, Object body, String user) throws Exception {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    if (user != null) {
      h.setBasicAuth(user, "demo");
    }
    return http.postForEntity(path, new HttpEntity<>(json.writeValueAsString(body), h), String.class);
  }

  private static Map<String, Object> publicReport(String description) {
    return Map.of("type", "COMPLAINT", "description", description, "official", Map.of("badgeCode", "VH000120"),
        "anonymous", false, "complainant", Map.of("fullName", "Phạm Thị Hoa", "phone", "0911222333"));
  }

  private static Map<String, Object> staffLetter(String description) {
    return Map.of("report", publicReport(description), "channel", "PAPER", "receivedAt", "2026-02-12T10:00:00+07:00");
  }

  /** "Đăng ký hồ sơ" runs as the job executor would; the case then waits at intake with no incident. */
  private void registersAndReachesIntake(String code) {
    assertThatCode(() -> register(code)).as("Đăng ký hồ sơ").doesNotThrowAnyException();
    ProcessInstance pi = mainInstance(code);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("classifyCase");
    assertThat(task(code).getName()).startsWith("Phân loại và xử lý đơn · ");
  }

  /** Every value the engine holds for the case: variables, their history and details, raw columns, and the REST view. */
  private String engineData(String code) {
    List<String> pis = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(code)
        .list().stream().map(p -> p.getId()).toList();
    assertThat(pis).isNotEmpty();
    StringBuilder all = new StringBuilder();
    for (String pi : pis) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() > 0) {
        engine.getRuntimeService().getVariables(pi).forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
      }
      engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi).list()
          .forEach(v -> all.append(v.getName()).append('=').append(v.getValue()).append('\n'));
      engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi).list()
          .forEach(d -> all.append(d).append('\n'));
      for (String table : new String[] {"ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL"}) {
        jdbc.sql("SELECT TEXT_, TEXT2_ FROM " + table + " WHERE PROC_INST_ID_ = :pi").param("pi", pi)
            .query((rs, i) -> rs.getString(1) + "|" + rs.getString(2)).list().forEach(s -> all.append(s).append('\n'));
      }
    }
    // what any later candidate group reads through the engine's REST API
    for (var t : engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).list()) {
      HttpHeaders h = new HttpHeaders();
      h.setBasicAuth("tiepnhan", "demo");
      ResponseEntity<String> vars = http.exchange("/engine-rest/task/" + t.getId() + "/variables", HttpMethod.GET,
          new HttpEntity<>(h), String.class);
      assertThat(vars.getStatusCode()).isEqualTo(HttpStatus.OK);
      all.append(vars.getBody());
    }
    return all.toString();
  }

  /** No piece of {@code text} is anywhere in the engine's data of the case. */
  private void noPieceInTheEngine(String code, String text) {
    String data = engineData(code);
    assertThat(data).contains("caseSummary"); // the short summary is still there for the forms
    List<String> found = new ArrayList<>();
    for (int i = 0; i + PIECE <= text.length() && found.size() < 3; i++) {
      String piece = text.substring(i, i + PIECE);
      if (data.contains(piece)) {
        found.add(piece);
      }
    }
    assertThat(found).as("pieces of the sender's text in the engine's data").isEmpty();
  }

  @Test
  void aPublicReportOfTheFullLengthReachesIntakeAndNoPieceOfItIsInTheEngine() throws Exception {
    String description = letter("Phản ánh dài đủ 5000 ký tự.", ReportRequest.MAX_PUBLIC_DESCRIPTION);
    ResponseEntity<String> created = postJson("/api/public/reports", publicReport(description), null);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = json.readTree(created.getBody()).get("trackingCode").asText();
    registersAndReachesIntake(code);
    assertThat(description(code)).isEqualTo(description);
    noPieceInTheEngine(code, description);
    // the form's summary names the type, the date and the unit, nothing the sender wrote
    assertThat((String) engine.getRuntimeService().getVariable(mainInstance(code).getId(), "caseSummary"))
        .startsWith("Phản ánh về hành vi — nhận ngày ").endsWith("; đơn vị: Sở Giáo dục và Đào tạo");

    // one character more is refused as before, with the same message, and nothing is stored
    long before = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
    ResponseEntity<String> tooLong = postJson("/api/public/reports", publicReport(description + "y"), null);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(tooLong.getBody()).get("errors").findValuesAsText("message"))
        .contains("Nội dung phải dài từ 10 đến 5000 ký tự");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void aStaffLetterOf20000CharactersReachesIntakeAndALongerOneThanTheLimitGetsAClear400() throws Exception {
    String description = letter("Đơn giấy nhiều trang do cán bộ tiếp nhận nhập lại.", 20_000);
    ResponseEntity<String> created = postJson("/api/cases", staffLetter(description), "tiepnhan");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = json.readTree(created.getBody()).get("trackingCode").asText();
    registersAndReachesIntake(code);
    assertThat(description(code)).isEqualTo(description);
    noPieceInTheEngine(code, description);
    // the whole letter is on the staff case page
    String page = http.withBasicAuth("tiepnhan", "demo").getForObject("/staff/cases/" + code, String.class);
    assertThat(page).contains(description.substring(description.length() - 300));

    long before = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
    String tooLong = letter("Đơn quá dài.", ReportRequest.MAX_STAFF_DESCRIPTION + 1);
    ResponseEntity<String> refused = postJson("/api/cases", staffLetter(tooLong), "tiepnhan");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(refused.getBody()).get("errors");
    assertThat(errors.findValuesAsText("field")).containsExactly("description");
    assertThat(errors.findValuesAsText("message").get(0)).startsWith("Nội dung đơn dài tối đa 50.000 ký tự (hiện có 50.001)");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void answersOf3000CharactersThroughTheApiAndTheStatusPageAreStoredAndShownOnTheCasePage() throws Exception {
    String description = letter("Phản ánh khoảng 3000 ký tự.", 3_000);
    ResponseEntity<String> created = postJson("/api/public/reports", publicReport(description), null);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode receipt = json.readTree(created.getBody());
    String code = receipt.get("trackingCode").asText();
    String accessCode = receipt.get("accessCode").asText();
    registersAndReachesIntake(code);

    // 1. through the public API
    completeAs("tiepnhan", code, ASK);
    runCaseJobs(code);
    String byApi = letter("Bổ sung qua API: ghi rõ giờ giấc.", 3_000);
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    h.set("X-Access-Code", accessCode);
    ResponseEntity<String> answered = http.postForEntity("/api/public/reports/" + code + "/information",
        new HttpEntity<>(json.writeValueAsString(Map.of("information", byApi)), h), String.class);
    assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("classifyCase");

    // 2. asked again, the sender answers on the status page
    completeAs("tiepnhan", code, ASK);
    runCaseJobs(code);
    String byPortal = letter("Bổ sung qua trang tra cứu: kể thêm người làm chứng.", 3_000);
    ResponseEntity<String> statusPage = http.getForEntity("/portal/status", String.class);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(statusPage.getBody());
    assertThat(token.find()).isTrue();
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.add(HttpHeaders.COOKIE, String.join("; ", statusPage.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0]).toList()));
    var fields = new LinkedMultiValueMap<String, String>();
    fields.add("_csrf", token.group(1));
    fields.add("trackingCode", code);
    fields.add("accessCode", accessCode);
    fields.add("information", byPortal);
    ResponseEntity<String> saved = http.postForEntity("/portal/status/information", new HttpEntity<>(fields, form), String.class);
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).contains("id=\"info-saved\"", "Đã nhận thông tin bổ sung");
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("classifyCase");
    assertThat(status(code)).isEqualTo(CaseStatus.RECEIVED.name());

    // both answers are in the desk's table, whole, and on the staff case page
    long caseId = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    assertThat(jdbc.sql("SELECT source || ':' || information FROM sender_information WHERE case_id = :id ORDER BY id")
        .param("id", caseId).query(String.class).list()).containsExactly("API:" + byApi, "PORTAL:" + byPortal);
    String page = http.withBasicAuth("tiepnhan", "demo").getForObject("/staff/cases/" + code, String.class);
    assertThat(page).contains("Thông tin người gửi bổ sung", byApi, byPortal, "qua trang tra cứu hồ sơ", "qua API công khai");
    // ... and no piece of the description or of either answer is in the engine
    noPieceInTheEngine(code, description);
    noPieceInTheEngine(code, byApi);
    noPieceInTheEngine(code, byPortal);

    // an answer longer than the limit is refused with a clear message on both ways in, and nothing changes
    completeAs("tiepnhan", code, ASK);
    runCaseJobs(code);
    ResponseEntity<String> tooLong = http.postForEntity("/api/public/reports/" + code + "/information",
        new HttpEntity<>(json.writeValueAsString(Map.of("information", letter("Quá dài.", 5_001))), h), String.class);
    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody()).contains("Thông tin bổ sung dài tối đa 5000 ký tự");
    fields.set("information", letter("Quá dài.", 5_001));
    ResponseEntity<String> tooLongPage = http.postForEntity("/portal/status/information", new HttpEntity<>(fields, form), String.class);
    assertThat(tooLongPage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooLongPage.getBody()).contains("tối đa 5000 ký tự (hiện có 5001)");
    assertThat(status(code)).isEqualTo(CaseStatus.AWAITING_INFO.name());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM sender_information WHERE case_id = :id").param("id", caseId)
        .query(Long.class).single()).isEqualTo(2);
  }

  @Test
  void theOfficialsNameAndUnitAsTheSenderTypedThemStayOnTheCasePage() throws Exception {
    String name = "Chị Lương Thị Ngọc Bích ở quầy cuối";
    String unit = "Bộ phận tiếp nhận và trả kết quả tầng hai";
    ResponseEntity<String> created = postJson("/api/public/reports", Map.of("type", "COMPLAINT",
        "description", letter("Người cán bộ không xưng danh.", 200), "official", Map.of("fullName", name, "unitName", unit),
        "unitCode", "SO-Y-TE", "anonymous", true), null);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String code = json.readTree(created.getBody()).get("trackingCode").asText();
    registersAndReachesIntake(code);
    noPieceInTheEngine(code, name);
    noPieceInTheEngine(code, unit);
    assertThat((String) engine.getRuntimeService().getVariable(mainInstance(code).getId(), "officialSummary"))
        .isEqualTo("Chưa xác định mã thẻ — họ tên, đơn vị người gửi ghi: xem trang hồ sơ; đơn vị: Sở Y tế");
    String page = http.withBasicAuth("tiepnhan", "demo").getForObject("/staff/cases/" + code, String.class);
    assertThat(page).contains(name, unit);
  }

  private String description(String code) {
    return jdbc.sql("SELECT description FROM report_case WHERE tracking_code = :c").param("c", code)
        .query(String.class).single();
  }

  private String status(String code) {
    return jdbc.sql("SELECT status FROM report_case WHERE tracking_code = :c").param("c", code)
        .query(String.class).single();
  }
}
