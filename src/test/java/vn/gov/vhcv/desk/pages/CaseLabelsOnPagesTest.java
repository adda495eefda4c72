package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.CaseLabels;
import vn.gov.vhcv.desk.intake.Receipt;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.casefile.ReportType;

/**
 * The staff case page, the SLA dashboard (page and CSV) and the citizen's status page, fetched over HTTP as their
 * users fetch them, show the desk's codes as Vietnamese labels: the audit trail's actions ("Đã tiếp nhận", not
 * CASE_RECEIVED), the clocks' kinds ("Xử lý kỷ luật", not DISCIPLINE), who holds a step by name (the group's
 * Vietnamese name, the person's name family name first), never a group id such as {@code xac-minh.ubnd-tinh}, and
 * dates as dd/MM/yyyy.
 */
class CaseLabelsOnPagesTest extends CaseScenarios {

  /** Group ids of the desk's roles, as the engine names them (a page shows their names instead). */
  private static final Pattern GROUP_ID = Pattern.compile(
      "\\b(tiep-nhan|xac-minh|lanh-dao|hoi-dong-ky-luat|thi-dua-khen-thuong|giam-sat)(\\.[a-z0-9-]+)?\\b");
  private static final Pattern ISO_DAY = Pattern.compile("\\b20[0-9]{2}-[01][0-9]-[0-3][0-9]\\b");

  @Autowired TestRestTemplate http;

  private static ReportRequest about(String badge, String name) {
    return new ReportRequest(ReportType.COMPLAINT, "Cán bộ tiếp dân nói năng thiếu tôn trọng, bắt người dân chờ đợi lâu.",
        null, new ReportRequest.OfficialRef(badge, null, null), null, false,
        new ReportRequest.ComplainantData(name, "0912000103", "labels@example.com", "3 Trần Phú"));
  }

  /** The text a reader sees (no tags, scripts or styles). */
  private static String visibleText(String html) {
    return html.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ").replaceAll("(?s)<[^>]+>", " ")
        .replace("&nbsp;", " ").replaceAll("\\s+", " ");
  }

  private static void assertNoRawCode(String what, String text) {
    for (String code : CaseLabels.knownCodes()) {
      assertThat(Pattern.compile("(?<![A-Z_])" + code + "(?![A-Z_])").matcher(text).find())
          .as("%s shows the raw code %s: %s", what, code, text).isFalse();
    }
    Matcher group = GROUP_ID.matcher(text);
    assertThat(group.find()).as("%s shows a group id %s", what, group.hitEnd() ? "" : group.group()).isFalse();
  }

  @Test
  void staffCasePageDashboardAndStatusPageShowLabelsAndNamesNotCodes() {
    // a denunciation received in January whose resolution clock ran out long ago, waiting for an investigator
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-01-06T09:00:00+07:00").toInstant()));
    Receipt late = submit(about("VH000103", "Phan Thị Lan"));
    String lateCode = late.trackingCode();
    accept(lateCode, "TO_CAO", "B02");
    // a denunciation founded with a discipline proposed: the discipline's clock runs, the council holds the step
    String discipline = submit(about("VH000120", "Trương Văn Bình")).trackingCode();
    accept(discipline, "TO_CAO", "B02");
    investigate(discipline, conclusion("FOUNDED", "DISCIPLINE"));
    ClockUtil.reset();

    String casePage = visibleText(http.withBasicAuth("lanhdao", "demo").getForObject("/staff/cases/" + discipline, String.class));
    assertThat(casePage).contains("Đã tiếp nhận — kênh: cổng trực tuyến", "Đã phân loại đơn — loại: Tố cáo",
        "quyết định: thụ lý giải quyết", "Phân công người xác minh", "Dự thảo kết luận xác minh — phản ánh đúng",
        "Lãnh đạo duyệt kết luận xác minh", "Xử lý kỷ luật", "Trả lời thụ lý",
        // the investigator assigned, and who did each step, by name (family name first)
        "Phân công người xác minh — Phạm Minh Quân", "Vũ Đức Anh",
        // the step's holder: the council's group of the case's units, by name
        "đang giữ: nhóm Hội đồng kỷ luật — ",
        // the sender as "người gửi"
        "người gửi");
    assertNoRawCode("the staff case page", casePage);

    String latePage = visibleText(http.withBasicAuth("lanhdao", "demo").getForObject("/staff/cases/" + lateCode, String.class));
    assertThat(latePage).contains("đang giữ: nhóm Lãnh đạo — ");
    assertNoRawCode("the staff case page of the overdue case", latePage);

    String dashboard = visibleText(http.withBasicAuth("giamsat", "demo").getForObject("/staff/dashboard", String.class));
    assertThat(dashboard).contains(lateCode, "nhóm Lãnh đạo — ");
    assertNoRawCode("the SLA dashboard", dashboard);
    ResponseEntity<byte[]> csv = http.withBasicAuth("giamsat", "demo").getForEntity("/staff/dashboard.csv", byte[].class);
    String lateLine = new String(csv.getBody(), StandardCharsets.UTF_8).lines().filter(l -> l.contains(lateCode))
        .findFirst().orElseThrow();
    assertThat(lateLine).contains("Giải quyết", "nhóm Lãnh đạo — ");
    assertNoRawCode("the CSV line of the overdue case", lateLine);

    // the citizen's status page: the public timeline in Vietnamese, its dates dd/MM/yyyy
    ResponseEntity<String> form = http.getForEntity("/portal/status", String.class);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getBody());
    assertThat(token.find()).isTrue();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, String.join("; ", form.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .map(c -> c.split(";", 2)[0]).toList()));
    var fields = new LinkedMultiValueMap<String, String>();
    fields.add("_csrf", token.group(1));
    fields.add("trackingCode", lateCode);
    fields.add("accessCode", late.accessCode());
    String status = visibleText(http.postForEntity("/portal/status", new HttpEntity<>(fields, headers), String.class).getBody());
    assertThat(status).contains(lateCode, "Hạn trả lời về việc thụ lý: ");
    assertThat(ISO_DAY.matcher(status).find()).as("an ISO date on the status page: %s", status).isFalse();
    assertNoRawCode("the citizen's status page", status);
    List.of(casePage, latePage, dashboard).forEach(page -> assertThat(ISO_DAY.matcher(page).find())
        .as("an ISO date on a staff page").isFalse());
  }
}
