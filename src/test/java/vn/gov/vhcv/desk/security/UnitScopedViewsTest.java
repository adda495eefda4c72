package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.OfficialNotices;
import vn.gov.vhcv.desk.notification.Outbox;

/**
 * The pages that list many cases show a commune's staff only their commune's: the outbox (list and notice), the
 * SLA dashboard, its CSV and trend, and {@code GET /api/sla/cases} — for the demo accounts of phường An Bình
 * ({@code tiepnhanxa}, {@code lanhdaoxa}, {@code giamsatxa}) against the province's. Two cases received 40 days
 * ago (so their acknowledgement clocks are overdue): one about an officer of phường An Bình, one about the
 * Director of Sở Y tế.
 */
class UnitScopedViewsTest extends DeskTest {

  private static final String AN_BINH_NAME = "Ủy ban nhân dân phường An Bình";

  @Autowired TestRestTemplate http;
  @Autowired CaseRepository cases;
  @Autowired Outbox outbox;
  @Autowired OfficialNotices officialNotices;
  @Autowired DeskClock clock;
  @Autowired ObjectMapper json;

  private String anBinh;
  private String health;

  private String reportAbout(String badgeCode, String email) {
    return submitByStaff(new ReportRequest(ReportType.COMPLAINT, "Cán bộ quát nạt người dân khi nộp hồ sơ.", null,
            new ReportRequest.OfficialRef(badgeCode, null, null), null, false,
            new ReportRequest.ComplainantData("Phạm Thị Hoa", null, email, null)),
        Channel.PAPER, OffsetDateTime.now().minusDays(40)).trackingCode();
  }

  @BeforeEach
  void twoCases() {
    anBinh = reportAbout("VH000128", "hoa.anbinh@example.com"); // Trương Thị Kim Chi, phường An Bình
    health = reportAbout("VH000109", "hoa.soyte@example.com"); // Lý Minh Tâm, Giám đốc Sở Y tế
  }

  private long caseId(String trackingCode) {
    return cases.getByTrackingCode(trackingCode).id();
  }

  private long acknowledgement(String trackingCode) {
    return outbox.forCase(caseId(trackingCode)).stream().filter(n -> n.kind().equals("ACKNOWLEDGEMENT"))
        .findFirst().orElseThrow().id();
  }

  private org.springframework.http.ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  // ---------- outbox ----------

  @Test
  void communeIntakeNeitherListsNorOpensANoticeOfSoYTe() {
    long healthAck = acknowledgement(health);
    long anBinhAck = acknowledgement(anBinh);

    String list = get("tiepnhanxa", "/staff/outbox").getBody();
    assertThat(list).contains(anBinh, "/staff/outbox/" + anBinhAck + "\"")
        .doesNotContain(health, "/staff/outbox/" + healthAck + "\"", "hoa.soyte@example.com");
    var other = get("tiepnhanxa", "/staff/outbox/" + healthAck);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(other.getBody()).doesNotContain(health, "hoa.soyte@example.com");
    assertThat(get("tiepnhanxa", "/staff/outbox/" + anBinhAck).getStatusCode()).isEqualTo(HttpStatus.OK);
    // a notice of no case (a digest of every unit's clocks) is not theirs either
    assertThat(outbox.enqueue(null, "scope-test-digest-" + System.nanoTime(), NoticeKind.SLA_DIGEST,
        "giamsat@demo.vhcv.local", "Bản tin thời hạn của cả tỉnh", "nội dung")).isTrue();
    long digest = outbox.latest(1).get(0).id();
    assertThat(get("tiepnhanxa", "/staff/outbox").getBody()).doesNotContain("Bản tin thời hạn của cả tỉnh");
    assertThat(get("tiepnhanxa", "/staff/outbox/" + digest).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // the province's intake sees both
    assertThat(get("tiepnhan", "/staff/outbox").getBody()).contains(anBinh, health, "Bản tin thời hạn của cả tỉnh");
    assertThat(get("tiepnhan", "/staff/outbox/" + healthAck).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("tiepnhan", "/staff/outbox/" + digest).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void communeLeaderCannotReadTheDisciplineLetterOfTheHealthDirector() {
    assertThat(officialNotices.disciplineDecision(cases.getByTrackingCode(health), "Khiển trách", "15/QĐ-UBND",
        LocalDate.of(2026, 11, 25), 15)).isTrue();
    long letter = outbox.forCase(caseId(health)).stream().filter(n -> n.kind().equals("DISCIPLINE_DECISION"))
        .findFirst().orElseThrow().id();
    assertThat(officialNotices.disciplineDecision(cases.getByTrackingCode(anBinh), "Khiển trách", "7/QĐ-UBND",
        LocalDate.of(2026, 11, 25), 15)).isTrue();
    long ownLetter = outbox.forCase(caseId(anBinh)).stream().filter(n -> n.kind().equals("DISCIPLINE_DECISION"))
        .findFirst().orElseThrow().id();

    var refused = get("lanhdaoxa", "/staff/outbox/" + letter);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(refused.getBody()).doesNotContain("Lý Minh Tâm", "15/QĐ-UBND");
    assertThat(get("lanhdaoxa", "/staff/outbox").getBody()).doesNotContain(health, "/staff/outbox/" + letter + "\"")
        .contains("/staff/outbox/" + ownLetter + "\"");
    assertThat(get("lanhdaoxa", "/staff/outbox/" + ownLetter).getBody()).contains("7/QĐ-UBND");
    // the province's leader reads it
    assertThat(get("lanhdao", "/staff/outbox/" + letter).getBody()).contains("Lý Minh Tâm", "15/QĐ-UBND");
    // nor does the commune's leader see the case or its clocks elsewhere
    assertThat(get("lanhdaoxa", "/staff/cases/" + health).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("lanhdaoxa", "/staff/dashboard").getBody()).contains(anBinh).doesNotContain(health);
  }

  @Test
  void readingANoticeToAComplainantIsAudited() {
    long ack = acknowledgement(anBinh);
    long id = caseId(anBinh);
    String views = "SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = 'COMPLAINANT_VIEWED'"
        + " AND actor = :actor AND detail = :detail";
    String page = get("tiepnhan", "/staff/outbox/" + ack).getBody();
    assertThat(jdbc.sql(views).param("id", id).param("actor", "tiepnhan").param("detail", "GET /staff/outbox/" + ack)
        .query(Long.class).single()).isOne();
    assertThat(page).contains("hoa.anbinh@example.com", "Lần xem này đã được ghi vào nhật ký");
    assertThat(get("tiepnhanxa", "/staff/outbox/" + ack).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jdbc.sql(views).param("id", id).param("actor", "tiepnhanxa").param("detail", "GET /staff/outbox/" + ack)
        .query(Long.class).single()).isOne();
    // a monitor reads neither the address nor the letter: nothing to audit
    assertThat(get("giamsat", "/staff/outbox/" + ack).getBody()).doesNotContain("hoa.anbinh@example.com");
    assertThat(jdbc.sql(views).param("id", id).param("actor", "giamsat").param("detail", "GET /staff/outbox/" + ack)
        .query(Long.class).single()).isZero();
    // and the view is on the case's timeline
    assertThat(get("tiepnhan", "/staff/cases/" + anBinh).getBody()).contains("GET /staff/outbox/" + ack);
  }

  // ---------- SLA dashboard, CSV, trend, API ----------

  @Test
  void communeMonitorsDashboardCsvAndApiHoldOnlyAnBinhsCases() throws Exception {
    String page = get("giamsatxa", "/staff/dashboard").getBody();
    assertThat(page).contains(anBinh, AN_BINH_NAME).doesNotContain(health, "Sở Y tế");
    assertThat(get("giamsat", "/staff/dashboard").getBody()).contains("Sở Y tế");

    List<String[]> lines = csv("giamsatxa");
    assertThat(lines).extracting(l -> l[0]).contains(anBinh).doesNotContain(health);
    assertThat(lines).allSatisfy(l -> assertThat(l[2]).as(String.join(",", l)).isEqualTo(AN_BINH_NAME));
    assertThat(csv("giamsat")).extracting(l -> l[0]).contains(anBinh, health);

    List<JsonNode> items = slaItems("giamsatxa", "");
    assertThat(items).extracting(i -> i.get("trackingCode").asText()).contains(anBinh).doesNotContain(health);
    assertThat(items).allSatisfy(i -> assertThat(i.get("unitCode").asText()).isEqualTo("P-AN-BINH"));
    assertThat(slaItems("giamsatxa", "&unit=SO-Y-TE")).isEmpty();
    assertThat(slaItems("giamsat", "")).extracting(i -> i.get("trackingCode").asText()).contains(anBinh, health);
    assertThat(slaItems("giamsat", "&unit=SO-Y-TE")).extracting(i -> i.get("trackingCode").asText()).contains(health);

    // the trend counts An Bình's reports only
    LocalDate firstMonday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
    long anBinhReceived = jdbc.sql("SELECT COUNT(*) FROM report_case WHERE (unit_code = 'P-AN-BINH'"
            + " OR handling_unit = 'P-AN-BINH') AND received_at >= :from")
        .param("from", firstMonday.atStartOfDay(clock.zone()).toOffsetDateTime()).query(Long.class).single();
    long communeTrend = receivedInTrend("giamsatxa");
    assertThat(communeTrend).isEqualTo(anBinhReceived);
    assertThat(receivedInTrend("giamsat")).isGreaterThan(communeTrend);

    // and the case page of the other unit's case is not theirs
    assertThat(get("giamsatxa", "/staff/cases/" + health).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("giamsatxa", "/staff/cases/" + anBinh).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /** The CSV's data lines, split on commas (none of the test's cells holds one). */
  private List<String[]> csv(String user) {
    var answer = http.withBasicAuth(user, "demo").getForEntity("/staff/dashboard.csv", byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    String[] all = new String(answer.getBody(), StandardCharsets.UTF_8).split("\r\n");
    List<String[]> lines = new ArrayList<>();
    for (int i = 1; i < all.length; i++) {
      lines.add(all[i].split(",", -1));
    }
    return lines;
  }

  /** Every clock of every state the API lists for {@code user}. */
  private List<JsonNode> slaItems(String user, String filter) throws Exception {
    List<JsonNode> items = new ArrayList<>();
    for (String state : List.of("OVERDUE", "AT_RISK", "ON_TRACK", "PAUSED")) {
      var answer = get(user, "/api/sla/cases?state=" + state + "&size=500" + filter);
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode page = json.readTree(answer.getBody());
      assertThat(page.get("total").asLong()).as("total of " + state).isLessThanOrEqualTo(500);
      page.get("items").forEach(items::add);
    }
    return items;
  }

  private long receivedInTrend(String user) throws Exception {
    long sum = 0;
    for (JsonNode n : json.readTree(get(user, "/staff/dashboard/trend").getBody()).get("received")) {
      sum += n.asLong();
    }
    return sum;
  }
}
