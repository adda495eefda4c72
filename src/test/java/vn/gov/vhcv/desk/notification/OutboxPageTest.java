package vn.gov.vhcv.desk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** The staff page "Hộp thư đi" and the session login in front of it. */
class OutboxPageTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired Outbox outbox;
  @Autowired CaseRepository cases;

  private long acknowledgementOfNewCase() {
    long caseId = cases.getByTrackingCode(submit(complaint()).trackingCode()).id();
    return outbox.forCase(caseId).stream().filter(n -> n.kind().equals("ACKNOWLEDGEMENT")).findFirst().orElseThrow()
        .id();
  }

  @Test
  void monitorsSeeTheOutboxWithMaskedRecipientsAndCannotReadMailsToComplainants() {
    long ack = acknowledgementOfNewCase();
    String page = http.withBasicAuth("giamsat", "demo").getForObject("/staff/outbox", String.class);
    assertThat(page).contains("Hộp thư đi", "Xác nhận tiếp nhận", "a***@example.com", "Đã tiếp nhận phản ánh của ông/bà")
        .doesNotContain("an@example.com");
    String notice = http.withBasicAuth("giamsat", "demo").getForObject("/staff/outbox/" + ack, String.class);
    assertThat(notice).contains("Chỉ bộ phận tiếp nhận được đọc nội dung thư gửi người phản ánh")
        .doesNotContain("Mã bí mật");
  }

  @Test
  void intakeSeesFullRecipientsAndReadsTheBody() {
    long ack = acknowledgementOfNewCase();
    assertThat(http.withBasicAuth("tiepnhan", "demo").getForObject("/staff/outbox", String.class))
        .contains("an@example.com");
    assertThat(http.withBasicAuth("tiepnhan", "demo").getForObject("/staff/outbox/" + ack, String.class))
        .contains("Mã tra cứu:", "Mã bí mật:");
  }

  @Test
  void listShowsTheNewestNoticesFirstAndMarksAMailThatFailedForGood() {
    // an outbox in service holds far more notices than a page shows: older ones, already sent (keys of this run:
    // a PostgreSQL test database may keep an earlier run's)
    String run = Long.toString(System.nanoTime());
    for (int i = 1; i <= 520; i++) {
      jdbc.sql("""
              INSERT INTO notification_outbox (dedup_key, kind, audience, recipient, subject, body, status, attempts, created_at)
              VALUES (:key, 'SLA_DIGEST', 'STAFF', 'giamsat@demo.vhcv.local', :subject, 'nội dung', 'SENT', 1, CURRENT_TIMESTAMP)""")
          .param("key", "old-page-test-" + run + "-" + i).param("subject", "Bản tin cũ số " + i).update();
    }
    // a page of notices none of which is waiting to be sent (sent ones, and held ones with no send process yet)
    jdbc.sql("""
            INSERT INTO notification_outbox (dedup_key, kind, audience, recipient, subject, body, status, attempts, created_at)
            VALUES (:key, 'SLA_DIGEST', 'STAFF', 'giamsat@demo.vhcv.local', 'Bản tin đang giữ', 'nội dung', 'HELD', 0, CURRENT_TIMESTAMP)""")
        .param("key", "held-page-test-" + run).update();
    var quiet = http.withBasicAuth("giamsat", "demo").getForEntity("/staff/outbox", String.class);
    assertThat(quiet.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(quiet.getBody()).contains("Bản tin đang giữ", "Đang giữ (chưa cấu hình máy chủ thư)")
        .doesNotContain("sự cố trong Cockpit");
    jdbc.sql("DELETE FROM notification_outbox WHERE dedup_key = :key").param("key", "held-page-test-" + run).update();

    assertThat(outbox.enqueue(null, "page-test-failed-" + run, NoticeKind.SLA_DIGEST, "giamsat@demo.vhcv.local",
        "Bản tin gửi lỗi", "nội dung")).isTrue();
    Outbox.Notice failing = outbox.latest(1).get(0);
    var management = engine.getManagementService();
    management.setJobRetries(management.createJobQuery().processInstanceId(failing.processInstanceId()).singleResult()
        .getId(), 0);  // the last retry failed: an incident in Cockpit
    long before = jdbc.sql("SELECT COUNT(*) FROM notification_outbox").query(Long.class).single();
    try {
      String page = http.withBasicAuth("giamsat", "demo").getForObject("/staff/outbox", String.class);

      assertThat(page).contains("Bản tin gửi lỗi", "Gửi lỗi – sự cố trong Cockpit", "Bản tin cũ số 520<")
          .doesNotContain("Bản tin cũ số 1<");
      assertThat(page.indexOf("Bản tin gửi lỗi")).isLessThan(page.indexOf("Bản tin cũ số 520<"));
      assertThat(page.indexOf("Bản tin cũ số 520<")).isLessThan(page.indexOf("Bản tin cũ số 519<"));
      // one incident, on the failed notice's line only
      assertThat(page.split("Gửi lỗi – sự cố trong Cockpit", -1)).hasSize(2);
      assertThat(Pattern.compile("/staff/outbox/\\d+\"").matcher(page).results().count())
          .isEqualTo(OutboxPage.LIST_LIMIT);
      assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox").query(Long.class).single()).isEqualTo(before);
    } finally {
      engine.getRuntimeService().deleteProcessInstance(failing.processInstanceId(), "test: the incident is not kept");
    }
  }

  @Test
  void otherGroupsAreRefusedAndAnonymousUsersAreSentToTheLoginPage() {
    assertThat(http.withBasicAuth("xacminh", "demo").getForEntity("/staff/outbox", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> anonymous = noRedirects().getForEntity("/staff/outbox", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(anonymous.getHeaders().getLocation().getPath()).isEqualTo("/login");
    assertThat(http.getForObject("/login", String.class)).contains("Đăng nhập", "Tên đăng nhập", "name=\"_csrf\"");
    // the API keeps its JSON 401
    assertThat(http.getForEntity("/api/cases/VH000000-AAAAAA", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void sessionLoginWithTheFormNeedsTheCsrfTokenAndOpensTheOutbox() {
    ResponseEntity<String> loginPage = http.getForEntity("/login", String.class);
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.getBody());
    assertThat(token.find()).isTrue();
    String cookies = cookies(loginPage.getHeaders().get(HttpHeaders.SET_COOKIE));

    var withoutToken = post("/login", cookies, "lanhdao", "demo", null);
    assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    var login = post("/login", cookies, "lanhdao", "demo", token.group(1));
    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(login.getHeaders().getLocation().getPath()).isEqualTo("/staff");
    String session = cookies(login.getHeaders().get(HttpHeaders.SET_COOKIE));
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session);
    var page = noRedirects().exchange("/staff/outbox", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Hộp thư đi");

    // a page POST with the session but without a CSRF token is refused
    var release = noRedirects().exchange("/staff/outbox/release", HttpMethod.POST, new HttpEntity<>(headers), String.class);
    assertThat(release.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private TestRestTemplate noRedirects() {
    return http.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
  }

  private ResponseEntity<String> post(String path, String cookies, String user, String password, String csrf) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, cookies);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", user);
    form.add("password", password);
    if (csrf != null) {
      form.add("_csrf", csrf);
    }
    return noRedirects().exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private static String cookies(List<String> setCookie) {
    return setCookie == null ? "" : String.join("; ", setCookie.stream().map(c -> c.split(";", 2)[0]).toList());
  }
}
