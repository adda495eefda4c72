package vn.gov.vhcv.desk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.calendar.DayKind;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * The routes and clocks the law names: a tố cáo about an inspectorate official, a level the routing table does not
 * know, the forwarding clock of a tố cáo and the phản ánh's answer counted from receipt.
 */
class StatutoryRoutesAndClocksTest extends CaseScenarios {

  @Autowired CaseRepository cases;
  @Autowired CaseClocks clocks;
  @Autowired TestRestTemplate http;

  private static ReportRequest about(String badge, String text) {
    return new ReportRequest(ReportType.COMPLAINT, text, null, new ReportRequest.OfficialRef(badge, null, null), null,
        false, new ReportRequest.ComplainantData("Phạm Minh Tuấn", "0987000111", null, "Thôn Bình Minh"));
  }

  @Test
  void aDenunciationOfTheChiefInspectorGoesToTheProvincialChairmanNotToTheInspectorate() {
    String code = submit(about("VH000123", "Chánh Thanh tra tỉnh nhận tiền của người bị thanh tra để bỏ qua sai phạm."))
        .trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "TO_CAO", "conductCode", "A04", "intakeDecision", "ACCEPT"));
    String handling = jdbc.sql("SELECT handling_unit FROM report_case WHERE tracking_code = :c").param("c", code)
        .query(String.class).single();
    assertThat(handling).isEqualTo("UBND-TINH");
    assertThat(called(code, "investigation")).isWaitingAt("assignInvestigator").task()
        .hasCandidateGroup("lanh-dao.ubnd-tinh");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskCandidateGroup("lanh-dao.thanh-tra-tinh").count()).isZero();
  }

  @Test
  void aUnitLevelWithoutARoutingRowStopsWithAVietnameseMessageAndChangesNothing() {
    jdbc.sql("""
            INSERT INTO unit (code, name, unit_level, parent_code) SELECT 'BQL-KKT', 'Ban Quản lý Khu kinh tế', 'AGENCY', 'UBND-TINH'
             WHERE NOT EXISTS (SELECT 1 FROM unit WHERE code = 'BQL-KKT')""")
        .update();
    jdbc.sql("""
            INSERT INTO official (badge_code, full_name, title, unit_code, kind) SELECT 'VH990401', 'Đỗ Văn Khải', 'Chuyên viên', 'BQL-KKT', 'CONG_CHUC'
             WHERE NOT EXISTS (SELECT 1 FROM official WHERE badge_code = 'VH990401')""")
        .update();
    String code = submit(about("VH990401", "Chuyên viên Ban Quản lý nhận quà của doanh nghiệp để cấp phép nhanh.")).trackingCode();
    assertThatThrownBy(() -> completeAs("tiepnhan", code,
        Map.of("category", "TO_CAO", "conductCode", "A04", "intakeDecision", "ACCEPT")))
        .hasMessageContaining("case-routing.dmn")
        .hasMessageContaining("không có dòng cho tố cáo về người thuộc đơn vị cấp AGENCY (Ban Quản lý Khu kinh tế)")
        .isNotInstanceOf(NullPointerException.class);
    var c = cases.getByTrackingCode(code);
    assertThat(c.status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(c.category()).isNull();
    assertThat(mainInstance(code)).isWaitingAt("classifyCase");
  }

  @Test
  void aForwardedDenunciationRunsItsOwnFiveWorkingDayClockFromReceiptMetWhenForwarded() {
    String code = submitByStaff(about("VH000131", "Công chức nhận tiền để làm nhanh hồ sơ đất đai của người dân."),
        Channel.PAPER, OffsetDateTime.parse("2026-11-16T09:00:00+07:00")).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "TO_CAO", "conductCode", "A04", "intakeDecision", "FORWARD",
        "forwardToUnit", "Công an tỉnh"));
    long id = cases.getByTrackingCode(code).id();
    var forwarding = clocks.find(id, ClockKind.FORWARDING).orElseThrow();
    assertThat(forwarding.startedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(forwarding.periodDays()).isEqualTo(5);
    assertThat(forwarding.dayKind()).isEqualTo(DayKind.WORKING);
    assertThat(forwarding.dueOn()).isEqualTo(LocalDate.of(2026, 11, 23));
    assertThat(forwarding.legalBasis()).contains("Luật Tố cáo 2018 Điều 24 khoản 2");
    assertThat(forwarding.open()).isTrue(); // decided, not yet forwarded
    assertThat(clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow().state()).isEqualTo(SlaState.MET);

    runJobs(code); // "Chuyển đơn đến cơ quan có thẩm quyền"
    assertThat(clocks.find(id, ClockKind.FORWARDING).orElseThrow().state()).isEqualTo(SlaState.MET);
    assertThat(cases.getByTrackingCode(code).status()).isEqualTo(CaseStatus.FORWARDED);
  }

  @Test
  void aFeedbackIsAnsweredWithinTwentyDaysFromReceiptAsQd852CountsThem() throws Exception {
    String code = submitByStaff(about("VH000132", "Cán bộ một cửa không đeo thẻ, trả lời cộc lốc khi được hỏi."),
        Channel.PAPER, OffsetDateTime.parse("2026-11-16T09:00:00+07:00")).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    var resolution = clocks.find(cases.getByTrackingCode(code).id(), ClockKind.RESOLUTION).orElseThrow();
    assertThat(resolution.startedOn()).isEqualTo(LocalDate.of(2026, 11, 16)); // the day it was received, not accepted
    assertThat(resolution.dueOn()).isEqualTo(LocalDate.of(2026, 12, 7)); // 6/12 is a Sunday
    assertThat(resolution.legalBasis()).contains("QĐ 852/QĐ-BNV", "kể từ ngày nhận");

    JsonNode rule = new ObjectMapper().readTree(http.withBasicAuth("giamsat", "demo")
        .getForObject("/api/rules/deadline?category=PHAN_ANH&clock=RESOLUTION&from=2026-11-16", String.class));
    assertThat(rule.get("countedFrom").asText()).isEqualTo("RECEIPT");
    assertThat(rule.get("due").asText()).isEqualTo("2026-12-07");
  }
}
