package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.Channel;

/** Who may open the staff pages, what the CSV and the public lookup give away, and what is audited. */
class StaffPagesTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired vn.gov.vhcv.desk.intake.CaseProcessStarter starter;

  @Test
  void dashboardIsForMonitorsLeadersAndAdminsOnly() {
    assertThat(http.withBasicAuth("tiepnhan", "demo").getForEntity("/staff/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var asMonitor = http.withBasicAuth("giamsat", "demo").getForEntity("/staff/dashboard", String.class);
    assertThat(asMonitor.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(asMonitor.getBody()).contains("Theo dõi thời hạn xử lý");
    assertThat(http.withBasicAuth("lanhdao", "demo").getForEntity("/staff/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aStaffPageWithoutLoginSendsTheBrowserToTheVietnameseLoginForm() {
    var page = http.getForEntity("/staff/dashboard", String.class);
    // TestRestTemplate follows the redirect to the form
    assertThat(page.getBody()).contains("Đăng nhập", "Tên đăng nhập", "name=\"_csrf\"");
    assertThat(http.getForEntity("/api/cases/VH000000-AAAAAA", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void csvExportHasABomAndListsTheOverdueCase() {
    String code = submitByStaff(complaint(), Channel.HOTLINE_1022, OffsetDateTime.now().minusDays(45)).trackingCode();
    var csv = http.withBasicAuth("giamsat", "demo").getForEntity("/staff/dashboard.csv", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    byte[] body = csv.getBody();
    assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).contains("Mã hồ sơ,Loại,Đơn vị", code + ",Phản ánh về hành vi (chưa phân loại),Sở Giáo dục và Đào tạo,Trả lời thụ lý");
  }

  @Test
  void publicOfficialLookupShowsOnlyNameTitleUnitAndBadge() {
    String json = http.getForObject("/api/public/officials?unit=SO-GD-DT&q=thành", String.class);
    assertThat(json).contains("\"badgeCode\":\"VH000120\"", "\"fullName\":\"Đinh Công Thành\"", "\"unitName\":\"Sở Giáo dục và Đào tạo\"");
    assertThat(json).doesNotContain("@", "email", "leader", "kind");
    assertThat(http.getForObject("/api/public/officials?q=a", String.class)).isEqualTo("[]");
  }

  @Test
  void monitorsDoNotSeeTheComplainantAndLeaveNoIdentityViewInTheAuditLog() {
    String code = submit(complaint()).trackingCode();
    long caseId = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    String page = http.withBasicAuth("giamsat", "demo").getForObject("/staff/cases/" + code, String.class);
    assertThat(page).contains(code, "chỉ hiển thị cho cán bộ tiếp nhận và xác minh").doesNotContain("Nguyễn Văn An", "an@example.com");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = 'COMPLAINANT_VIEWED'")
        .param("id", caseId).query(Long.class).single()).isZero();
    String asInvestigator = http.withBasicAuth("xacminh", "demo").getForObject("/staff/cases/" + code, String.class);
    assertThat(asInvestigator).contains("Nguyễn Văn An");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = 'COMPLAINANT_VIEWED' AND actor = 'xacminh'")
        .param("id", caseId).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void diagramXmlAndActiveStepComeFromTheEngine() {
    String code = submit(complaint()).trackingCode();
    String xml = http.withBasicAuth("xacminh", "demo").getForObject("/staff/cases/" + code + "/diagram.bpmn", String.class);
    assertThat(xml).contains("<bpmn:process id=\"reportCase\"").contains("bpmndi:BPMNDiagram");
    String active = http.withBasicAuth("xacminh", "demo").getForObject("/staff/cases/" + code + "/active-activities", String.class);
    assertThat(active).isEqualTo("[\"" + task(code).getTaskDefinitionKey() + "\"]");
  }

  @Test
  void staffDownloadAnAttachmentWithItsDetectedTypeAndTheDownloadIsAudited() throws Exception {
    byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    var file = vn.gov.vhcv.desk.casefile.Attachments.check(new vn.gov.vhcv.desk.casefile.Attachments.Upload("biên bản.pdf", pdf));
    String code = registered(reports.submitPublicWithFiles(complaint(), java.util.List.of(file))).trackingCode();
    long caseId = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    long id = jdbc.sql("SELECT id FROM attachment WHERE case_id = :c").param("c", caseId).query(Long.class).single();
    var download = http.withBasicAuth("xacminh", "demo").getForEntity("/staff/cases/" + code + "/attachments/" + id, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(pdf);
    assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(http.getForEntity("/staff/cases/" + code + "/attachments/" + id, String.class).getBody())
        .doesNotContain("%PDF");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = 'ATTACHMENT_DOWNLOADED'")
        .param("id", caseId).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void dashboardWarnsWhenTheCalendarHasNoHolidaysForAYearInUse() {
    String now = http.withBasicAuth("giamsat", "demo").getForObject("/staff/dashboard", String.class);
    assertThat(now).doesNotContain("Thiếu dữ liệu ngày nghỉ lễ");
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2029-03-02T03:00:00Z")));
    String later = http.withBasicAuth("giamsat", "demo").getForObject("/staff/dashboard", String.class);
    assertThat(later).contains("Thiếu dữ liệu ngày nghỉ lễ", "2028, 2029, 2030");
  }

  @Test
  void aCaseWhoseProcessHasNotStartedYetSaysSoInsteadOfLookingClosed() throws Exception {
    var repository = engine.getRepositoryService();
    repository.suspendProcessDefinitionByKey(vn.gov.vhcv.desk.intake.ReportService.PROCESS_KEY);
    String code;
    try {
      code = reports.submitPublic(complaint(), null).trackingCode(); // stored; its process cannot start now
      String waiting = http.withBasicAuth("giamsat", "demo").getForObject("/staff/cases/" + code, String.class);
      assertThat(waiting).contains("quy trình xử lý đang chờ khởi động").doesNotContain("Quy trình của hồ sơ đã kết thúc");
    } finally {
      repository.activateProcessDefinitionByKey(vn.gov.vhcv.desk.intake.ReportService.PROCESS_KEY);
    }
    assertThat(starter.startQueued(code)).isTrue();
    register(code);
    String running = http.withBasicAuth("giamsat", "demo").getForObject("/staff/cases/" + code, String.class);
    assertThat(running).contains("Việc đang mở").doesNotContain("đang chờ khởi động", "Quy trình của hồ sơ đã kết thúc");
  }
}
