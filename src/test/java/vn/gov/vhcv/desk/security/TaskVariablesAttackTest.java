package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * Process variables are user input. The ward's intake officer ({@code tiepnhanxa}, phường An Bình) holds the
 * classification of a case of their ward and tries, through the engine REST API as Tasklist would call it, to point
 * the completion at a case of Sở Y tế — the attack that once refused and closed the other unit's case.
 */
class TaskVariablesAttackTest extends DeskTest {

  @Autowired TestRestTemplate http;

  private String reportAbout(String badgeCode) {
    return submit(new ReportRequest(ReportType.COMPLAINT, "Cán bộ quát nạt người dân khi tiếp nhận hồ sơ tại quầy.", null,
        new ReportRequest.OfficialRef(badgeCode, null, null), null, false,
        new ReportRequest.ComplainantData("Phạm Thị Hoa", "0987000111", "hoa@example.com", null))).trackingCode();
  }

  private long idOf(String code) {
    return jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
  }

  private String statusOf(String code) {
    return jdbc.sql("SELECT status FROM report_case WHERE tracking_code = :c").param("c", code).query(String.class).single();
  }

  private long noticesOf(String code, String kind) {
    return jdbc.sql("SELECT COUNT(*) FROM notification_outbox n JOIN report_case c ON c.id = n.case_id "
        + "WHERE c.tracking_code = :c AND n.kind = :k").param("c", code).param("k", kind).query(Long.class).single();
  }

  private ResponseEntity<String> rest(String user, HttpMethod method, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, "demo").exchange("/engine-rest" + path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static String refusal(String caseIdVariable) {
    return "{\"variables\":{" + caseIdVariable
        + "\"category\":{\"value\":\"PHAN_ANH\"},\"conductCode\":{\"value\":\"A01\"},"
        + "\"intakeDecision\":{\"value\":\"REFUSE\"},\"refusalReason\":{\"value\":\"Nội dung không thuộc thẩm quyền giải quyết.\"}}}";
  }

  @Test
  void aCompletionThatCarriesAVariableItsFormDoesNotDeclareIsRefusedAndChangesNothing() {
    String ward = reportAbout("VH000128"); // Trương Thị Kim Chi, phường An Bình
    String health = reportAbout("VH000109"); // Lý Minh Tâm, Giám đốc Sở Y tế
    String wardTask = task(ward).getId();

    var answer = rest("tiepnhanxa", HttpMethod.POST, "/task/" + wardTask + "/complete",
        refusal("\"caseId\":{\"value\":" + idOf(health) + ",\"type\":\"Long\"},"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("caseId").contains("không có trường");
    assertThat(task(ward).getTaskDefinitionKey()).isEqualTo("classifyCase");
    assertThat(task(health).getTaskDefinitionKey()).isEqualTo("classifyCase");
    assertThat(statusOf(health)).isNotIn("REFUSED", "CLOSED");
    assertThat(noticesOf(health, "REFUSED")).isZero();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(task(ward).getProcessInstanceId()).variableName("caseId").count()).isZero();
  }

  @Test
  void aStepWorksOnTheCaseOfItsBusinessKeyWhateverACaseIdVariableSays() {
    String ward = reportAbout("VH000128");
    String health = reportAbout("VH000109");
    // a variable left by an older version or planted by an operator: no step may follow it
    engine.getRuntimeService().setVariable(task(ward).getProcessInstanceId(), "caseId", idOf(health));

    var answer = rest("tiepnhanxa", HttpMethod.POST, "/task/" + task(ward).getId() + "/submit-form", refusal(""));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    runJobs(ward);

    assertThat(statusOf(ward)).isEqualTo("REFUSED");
    assertThat(noticesOf(ward, "REFUSED")).isEqualTo(1);
    assertThat(statusOf(health)).isNotEqualTo("REFUSED");
    assertThat(noticesOf(health, "REFUSED")).isZero();
    assertThat(task(health).getTaskDefinitionKey()).isEqualTo("classifyCase");
  }

  @Test
  void aFieldTheFormOnlyShowsComesBackWithTheCompletionAndIsNeverWritten() {
    String ward = reportAbout("VH000128");
    String pi = task(ward).getProcessInstanceId();
    var answer = rest("tiepnhanxa", HttpMethod.POST, "/task/" + task(ward).getId() + "/submit-form",
        "{\"variables\":{\"trackingCode\":{\"value\":\"VH000000-GIA\"},\"officialSummary\":{\"value\":\"Người khác\"},"
            + "\"category\":{\"value\":\"PHAN_ANH\"},\"conductCode\":{\"value\":\"A01\"},\"intakeDecision\":{\"value\":\"ACCEPT\"}}}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(pi, "trackingCode")).isEqualTo(ward);
    assertThat((String) engine.getRuntimeService().getVariable(pi, "officialSummary")).contains("Trương Thị Kim Chi");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi)
        .variableName("trackingCode").singleResult().getValue()).isEqualTo(ward);
  }

  @Test
  void aHandlerCannotSetOrRemoveVariablesOfTheirTaskOutsideItsCompletion() {
    String ward = reportAbout("VH000128");
    String taskId = task(ward).getId();

    assertThat(rest("tiepnhanxa", HttpMethod.PUT, "/task/" + taskId + "/variables/intakeDecision",
        "{\"value\":\"REFUSE\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest("tiepnhanxa", HttpMethod.POST, "/task/" + taskId + "/variables",
        "{\"modifications\":{\"acknowledgementDue\":{\"value\":\"2099-01-01T00:00:00.000+0700\",\"type\":\"Date\"}}}")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest("tiepnhanxa", HttpMethod.PUT, "/task/" + taskId + "/localVariables/x",
        "{\"value\":\"1\"}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest("tiepnhanxa", HttpMethod.DELETE, "/task/" + taskId + "/variables/trackingCode", null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().getVariables(taskId)).doesNotContainKey("intakeDecision")
        .containsKey("trackingCode");
  }

  @Test
  void aStepThatRefusesACompletionAnswersItsVietnameseReasonAsAClientError() {
    String ward = reportAbout("VH000128");
    var answer = rest("tiepnhanxa", HttpMethod.POST, "/task/" + task(ward).getId() + "/submit-form",
        "{\"variables\":{\"category\":{\"value\":\"PHAN_ANH\"},\"conductCode\":{\"value\":\"A01\"},"
            + "\"intakeDecision\":{\"value\":\"REFUSE\"},\"refusalReason\":{\"value\":\"\"}}}");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).contains("Từ chối thụ lý phải nêu rõ lý do").doesNotContain("ENGINE-03051");
    assertThat(task(ward).getTaskDefinitionKey()).isEqualTo("classifyCase");
    assertThat(engine.getTaskService().getVariables(task(ward).getId())).doesNotContainKey("intakeDecision");
  }
}
