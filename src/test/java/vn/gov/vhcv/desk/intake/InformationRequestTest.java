package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/** Intake asks the sender for more information; the sender answers through the public API, or the case closes. */
class InformationRequestTest extends CaseScenarios {

  @Autowired TestRestTemplate http;
  @Autowired CaseRepository cases;
  @Autowired Outbox outbox;
  @Autowired CaseClocks clocks;

  static final Map<String, Object> ASK = Map.of("category", "PHAN_ANH", "conductCode", "B02",
      "intakeDecision", "REQUEST_INFO", "informationRequest", "Đề nghị cho biết ngày, giờ và quầy giao dịch cụ thể.");

  private ResponseEntity<String> answer(String code, String accessCode, String text) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    if (accessCode != null) {
      h.set("X-Access-Code", accessCode);
    }
    return http.postForEntity("/api/public/reports/" + code + "/information",
        new HttpEntity<>("{\"information\":\"" + text + "\"}", h), String.class);
  }

  @Test
  void senderAnswersTheRequestAndTheCaseReturnsToIntake() {
    var receipt = submit(complaint());
    String code = receipt.trackingCode();
    assertThatThrownBy(() -> completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02",
        "intakeDecision", "REQUEST_INFO"))).isInstanceOf(ProcessEngineException.class).hasMessageContaining("cần bổ sung");
    completeAs("tiepnhan", code, ASK);
    runCaseJobs(code);
    var pi = mainInstance(code);
    assertThat(pi).hasPassed("requestInformation").isWaitingAt("informationGateway");
    long id = cases.getByTrackingCode(code).id();
    assertThat(outbox.countFor(id, NoticeKind.INFORMATION_REQUEST)).isEqualTo(1);
    assertThat(cases.getByTrackingCode(code).status()).isEqualTo(CaseStatus.AWAITING_INFO);

    assertThat(answer(code, "WRONG-CODE-0000", "Quầy số 3, 9 giờ sáng 16/11").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer("VH000000-XXXXXX", receipt.accessCode(), "Quầy số 3").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer(code, receipt.accessCode(), "Quầy số 3, 9 giờ sáng 16/11").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(pi).isWaitingAt("classifyCase");
    assertThat(cases.getByTrackingCode(code).status()).isEqualTo(CaseStatus.RECEIVED);
    // the answer is kept in the desk's table, not on the process
    assertThat(jdbc.sql("SELECT information FROM sender_information WHERE case_id = :id").param("id", id)
        .query(String.class).single()).isEqualTo("Quầy số 3, 9 giờ sáng 16/11");
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "caseSummary")).doesNotContain("Quầy số 3");
    assertThat(answer(code, receipt.accessCode(), "Lần nữa").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    assertThat(pi).isWaitingAt("investigateCase");
  }

  @Test
  void theAcknowledgementClockStandsStillWhileTheDeskWaitsOnTheSender() {
    var receipt = submit(complaint());
    String code = receipt.trackingCode();
    long id = cases.getByTrackingCode(code).id();
    java.time.LocalDate dueBefore = clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow().dueOn();
    completeAs("tiepnhan", code, ASK);
    runCaseJobs(code);
    assertThat(clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow().paused()).isTrue();
    // the sender answers two weeks later: the 10 working days to answer the letter did not run meanwhile
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(14L * 24 * 3600)));
    assertThat(answer(code, receipt.accessCode(), "Quầy số 3, 9 giờ sáng 16/11").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    var ack = clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow();
    assertThat(ack.paused()).isFalse();
    assertThat(ack.dueOn()).isAfter(dueBefore.plusDays(13));
    assertThat(clocks.pauses(ack.id())).singleElement().satisfies(p -> assertThat(p.reason()).contains("bổ sung thông tin"));
    // the intake task opens again with the moved due date
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("classifyCase");
    assertThat(task(code).getDueDate().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
        .isEqualTo(ack.dueOn());
  }

  @Test
  void caseClosesWithANoticeWhenNoInformationArrivesIn15Days() {
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, ASK);
    runCaseJobs(code);
    var pi = mainInstance(code);
    ClockUtil.setCurrentTime(Date.from(Instant.now().plusSeconds(16L * 24 * 3600)));
    runCaseJobs(code);
    assertThat(pi).hasPassed("informationOverdue", "closeForNoInformation", "caseClosedNoInformation").isEnded();
    var c = cases.getByTrackingCode(code);
    assertThat(c.status()).isEqualTo(CaseStatus.REFUSED);
    assertThat(c.outcomeText()).contains("không nhận được thông tin bổ sung");
    assertThat(outbox.countFor(c.id(), NoticeKind.INFORMATION_TIMEOUT)).isEqualTo(1);
  }

  @Test
  void anonymousSenderCannotBeAskedForInformation() {
    var anonymous = new ReportRequest(vn.gov.vhcv.desk.casefile.ReportType.COMPLAINT,
        "Cán bộ một cửa thường xuyên đi muộn, để người dân chờ đợi lâu.", null,
        new ReportRequest.OfficialRef("VH000125", null, null), null, true, null);
    String code = submit(anonymous).trackingCode();
    assertThatThrownBy(() -> completeAs("tiepnhan", code, ASK)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("ẩn danh");
  }
}
