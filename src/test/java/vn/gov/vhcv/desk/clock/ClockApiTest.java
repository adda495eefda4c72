package vn.gov.vhcv.desk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.FourEyes;

/**
 * Bad clock requests get a clear error and change nothing; a rejected extension leaves the due date; the leader who
 * requested an extension does not approve it.
 */
class ClockApiTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired CaseClocks clocks;
  @Autowired CaseRepository cases;
  @Autowired AuditLog audit;

  private ResponseEntity<String> post(String url, String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, "demo");
    return http.exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void feedbackCannotBeExtendedAndAClockThatRunsCannotBeResumed() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-06-01T09:00:00+07:00").toInstant()));
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    long id = cases.getByTrackingCode(code).id();
    LocalDate due = clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn();
    ResponseEntity<String> refused = post("/api/cases/" + code + "/clocks/RESOLUTION/extensions", "xacminh",
        "{\"days\":10,\"reason\":\"Cần thêm thời gian xác minh\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("không được gia hạn").contains("QĐ 852/QĐ-BNV");
    assertThat(post("/api/cases/" + code + "/clocks/RESOLUTION/resume", "xacminh", "").getBody()).contains("không ở trạng thái tạm dừng");
    assertThat(post("/api/cases/" + code + "/clocks/SOON/pause", "xacminh", "{\"reason\":\"Chờ bổ sung tài liệu\"}")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post("/api/cases/" + code + "/clocks/ACKNOWLEDGEMENT/pause", "xacminh", "{\"reason\":\"Chờ bổ sung tài liệu\"}")
        .getBody()).contains("đã kết thúc");
    assertThat(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn()).isEqualTo(due);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM clock_extension e JOIN case_clock k ON k.id = e.clock_id WHERE k.case_id = :id")
        .param("id", id).query(Long.class).single()).isZero();
  }

  @Test
  void rejectedExtensionLeavesTheDueDateAndCannotBeApprovedLater() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-06-01T09:00:00+07:00").toInstant()));
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "TO_CAO", "conductCode", "C05", "intakeDecision", "ACCEPT"));
    long id = cases.getByTrackingCode(code).id();
    LocalDate due = clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn();
    assertThat(post("/api/cases/" + code + "/clocks/RESOLUTION/extensions", "xacminh",
        "{\"days\":31,\"reason\":\"Vụ việc đặc biệt phức tạp\",\"complexity\":\"VERY_COMPLEX\"}").getStatusCode())
        .as("at most 30 days each").isEqualTo(HttpStatus.BAD_REQUEST);
    String body = post("/api/cases/" + code + "/clocks/RESOLUTION/extensions", "xacminh",
        "{\"days\":30,\"reason\":\"Vụ việc đặc biệt phức tạp\",\"complexity\":\"VERY_COMPLEX\"}").getBody();
    long extension = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
    assertThat(post("/api/cases/" + code + "/clocks/RESOLUTION/extensions/" + extension + "/reject", "lanhdao", "")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("/api/cases/" + code + "/clocks/RESOLUTION/extensions/" + extension + "/approve", "lanhdao",
        "{\"decisionNo\":\"15/QĐ-UBND\"}").getBody()).contains("đã được quyết định");
    assertThat(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn()).isEqualTo(due);
  }

  @Test
  void theLeaderWhoRequestedAnExtensionCannotApproveIt() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-06-01T09:00:00+07:00").toInstant()));
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "TO_CAO", "conductCode", "C05", "intakeDecision", "ACCEPT"));
    long id = cases.getByTrackingCode(code).id();
    LocalDate due = clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn();
    String body = post("/api/cases/" + code + "/clocks/RESOLUTION/extensions", "lanhdao",
        "{\"days\":30,\"reason\":\"Vụ việc đặc biệt phức tạp\",\"complexity\":\"VERY_COMPLEX\"}").getBody();
    long extension = Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
    ResponseEntity<String> refused = post("/api/cases/" + code + "/clocks/RESOLUTION/extensions/" + extension + "/approve",
        "lanhdao", "{\"decisionNo\":\"15/QĐ-UBND\"}");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"field\":\"request\"")
        .contains("Người đề nghị gia hạn không tự phê duyệt đề nghị của mình (nguyên tắc bốn mắt)");
    assertThat(audit.count(id, FourEyes.REFUSED)).as("the refused attempt is kept").isEqualTo(1);
    assertThat(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn()).isEqualTo(due);
    assertThat(clocks.extensions(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().id())).singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo("REQUESTED"));
  }
}
