package vn.gov.vhcv.desk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * Khiếu nại lần hai end to end: the complainant does not accept the first decision, the letter reaches the superior
 * unit on paper, the second instance runs there on its own clock, decides, and the complainant is told. The time
 * limits of Luật Khiếu nại 2011 Điều 33 are enforced before anything is stored.
 */
class SecondInstanceTest extends CaseScenarios {

  @Autowired CaseRepository cases;
  @Autowired CaseClocks clocks;
  @Autowired CaseHistory history;
  @Autowired TestRestTemplate http;
  @Autowired DeskClock clock;
  private final ObjectMapper json = new ObjectMapper();

  private ResponseEntity<String> escalate(String user, String code, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var client = user == null ? http : http.withBasicAuth(user, "demo");
    return client.postForEntity("/api/cases/" + code + "/escalations", new HttpEntity<>(body, headers), String.class);
  }

  private String letter(String reason) {
    return "{\"reason\":\"" + reason + "\",\"receivedAt\":\"" + clock.nowOffset() + "\"}";
  }

  private long escalations() {
    return jdbc.sql("SELECT COUNT(*) FROM escalation").query(Long.class).single();
  }

  @Test
  void complainantNotSatisfiedSecondInstanceAtTheSuperiorDecisionAndNotice() throws Exception {
    String first = submit(new ReportRequest(ReportType.COMPLAINT,
        "Bác sĩ khoa khám bệnh từ chối khám, yêu cầu nộp thêm tiền ngoài quy định.", null,
        new ReportRequest.OfficialRef("VH000111", null, null), null, false,
        new ReportRequest.ComplainantData("Lâm Thị Hoa", "0903111222", "hoa.lam@example.com", "Tổ 5"))).trackingCode();
    completeAs("tiepnhan", first, Map.of("category", "KHIEU_NAI", "conductCode", "A03", "intakeDecision", "ACCEPT"));
    String reason = "Quyết định lần đầu không xem xét lời khai của người làm chứng.";

    // too early: the first instance is within its time and undecided
    long before = escalations();
    ResponseEntity<String> early = escalate("tiepnhan", first, letter(reason));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(early.getBody()).get("message").asText())
        .contains("Khiếu nại lần đầu đang trong thời hạn giải quyết", "chưa có quyết định");
    assertThat(escalations()).isEqualTo(before);

    investigate(first, FOUNDED_REMIND);
    runCaseJobs(first);
    long firstId = cases.getByTrackingCode(first).id();
    assertThat(cases.getByTrackingCode(first).status()).isEqualTo(CaseStatus.RESOLVED);

    // anonymous, a commune's clerk (the Sở Y tế case is not theirs), junk input
    assertThat(escalate(null, first, letter(reason)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(escalate("tiepnhanxa", first, letter(reason)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(escalate("xacminh", first, letter(reason)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> junk = escalate("tiepnhan", first, letter("ngắn"));
    assertThat(junk.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(junk.getBody()).get("message").asText()).contains("Nêu lý do không đồng ý");
    assertThat(escalate("tiepnhan", first, "{\"reason\":").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    // too late: the decision was received 31 days ago
    jdbc.sql("UPDATE case_clock SET completed_at = :at WHERE case_id = :id AND kind = 'RESOLUTION'")
        .param("at", clock.nowOffset().minusDays(40)).param("id", firstId).update();
    ResponseEntity<String> late = escalate("tiepnhan", first, letter(reason));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(late.getBody()).get("message").asText())
        .startsWith("Đã quá thời hạn khiếu nại lần hai: 30 ngày kể từ ngày nhận quyết định giải quyết lần đầu")
        .contains("Luật Khiếu nại 2011 Điều 33");
    assertThat(escalations()).isEqualTo(before);
    jdbc.sql("UPDATE case_clock SET completed_at = :at WHERE case_id = :id AND kind = 'RESOLUTION'")
        .param("at", clock.nowOffset().minusDays(3)).param("id", firstId).update();

    // the letter on paper, entered by the province's intake
    ResponseEntity<String> filed = escalate("tiepnhan", first, letter(reason));
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode receipt = json.readTree(filed.getBody());
    String second = receipt.get("trackingCode").asText();
    assertThat(receipt.get("accessCode").asText()).isNotBlank();
    assertThat(receipt.get("superiorUnitName").asText()).isEqualTo("Ủy ban nhân dân tỉnh");
    assertThat(jdbc.sql("SELECT reason FROM escalation e JOIN report_case c ON c.id = e.case_id WHERE c.tracking_code = :c")
        .param("c", second).query(String.class).single()).isEqualTo(reason);

    // the first case's timeline shows it; a second escalation of the same case is refused
    assertThat(history.publicEntries(firstId)).anyMatch(e -> e.kind().equals("ESCALATED")
        && e.message().contains("khiếu nại lần hai đến Ủy ban nhân dân tỉnh") && e.message().contains(second));
    assertThat(json.readTree(escalate("tiepnhan", first, letter(reason)).getBody()).get("message").asText())
        .contains("đã được chuyển lên cấp trên", second);

    // the second instance at the superior, on its own clock
    runCaseJobs(second);
    var c2 = cases.getByTrackingCode(second);
    assertThat(jdbc.sql("SELECT handling_unit FROM report_case WHERE id = :id").param("id", c2.id()).query(String.class)
        .single()).isEqualTo("UBND-TINH");
    var clock2 = clocks.find(c2.id(), ClockKind.SECOND_INSTANCE).orElseThrow();
    assertThat(clock2.periodDays()).isEqualTo(45);
    assertThat(clock2.legalBasis()).contains("Điều 37");
    assertThat(clocks.find(c2.id(), ClockKind.RESOLUTION)).isEmpty();
    assertThat(called(second, "investigation")).isWaitingAt("assignInvestigator").task()
        .hasCandidateGroup("lanh-dao.ubnd-tinh");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(second)
        .processDefinitionKey("secondInstance").singleResult()).isNotNull();

    investigate(second, conclusion("UNFOUNDED", "NONE"));
    assertThat(clocks.find(c2.id(), ClockKind.SECOND_INSTANCE).orElseThrow().state()).isEqualTo(SlaState.MET);
    runCaseJobs(second);
    assertThat(cases.getByTrackingCode(second).status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE case_id = :id AND kind = 'RESULT'")
        .param("id", c2.id()).query(Long.class).single()).isEqualTo(1);
    assertThat(history.publicEntries(c2.id())).anyMatch(e -> e.message().startsWith("Kết quả giải quyết"));

    // a second instance does not go up again
    assertThat(json.readTree(escalate("tiepnhan", second, letter(reason)).getBody()).get("message").asText())
        .contains("đã là khiếu nại lần hai", "khởi kiện");
  }

  @Test
  void aPhanAnhHasNoSecondInstance() throws Exception {
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    ResponseEntity<String> answer = escalate("tiepnhan", code, letter("Tôi không đồng ý với cách trả lời phản ánh."));
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(answer.getBody()).get("message").asText()).contains("Chỉ khiếu nại và tố cáo");
  }
}
