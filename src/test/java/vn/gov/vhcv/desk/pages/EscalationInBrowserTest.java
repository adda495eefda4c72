package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.Receipt;
import vn.gov.vhcv.desk.intake.ReportRequest;

/** The status page's escalation form in Debian's headless Chromium: a refusal too late, then a khiếu nại lần hai filed. */
class EscalationInBrowserTest extends CaseScenarios {

  @LocalServerPort int port;
  @Autowired DeskClock clock;

  private void openStatus(Browser b, Receipt r) {
    b.open("/portal/status");
    b.driver.findElement(By.id("trackingCode")).sendKeys(r.trackingCode());
    b.driver.findElement(By.id("accessCode")).sendKeys(r.accessCode());
    b.driver.findElement(By.cssSelector("#status-form button[type=submit]")).click();
    wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-text")));
  }

  private static WebDriverWait wait(Browser b) {
    return new WebDriverWait(b.driver, Duration.ofSeconds(20));
  }

  @Test
  void aComplainantIsRefusedTooLateInVietnameseAndFilesASecondComplaintInTime() throws Exception {
    Receipt r = submit(new ReportRequest(ReportType.COMPLAINT,
        "Công chức văn phòng đăng ký đất đai giữ hồ sơ quá hạn, đòi chi phí ngoài quy định.", null,
        new ReportRequest.OfficialRef("VH000114", null, null), null, false,
        new ReportRequest.ComplainantData("Đinh Văn Sơn", null, "son.dinh@example.com", null)));
    String code = r.trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "KHIEU_NAI", "conductCode", "A02", "intakeDecision", "ACCEPT"));
    investigate(code, FOUNDED_REMIND);
    runCaseJobs(code);
    long id = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    // the first decision was received 35 days ago
    jdbc.sql("UPDATE case_clock SET completed_at = :at WHERE case_id = :id AND kind = 'RESOLUTION'")
        .param("at", clock.nowOffset().minusDays(35)).param("id", id).update();

    try (Browser b = new Browser(port)) {
      openStatus(b, r);
      assertThat(b.driver.findElement(By.id("h-escalation")).getText()).isEqualTo("Khiếu nại lần hai");
      b.driver.findElement(By.id("reason")).sendKeys("Quyết định lần đầu không xem xét biên lai tôi đã nộp.");
      b.driver.findElement(By.id("escalation-submit")).click();
      String refusal = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("escalation-error"))).getText();
      assertThat(refusal).startsWith("Đã quá thời hạn khiếu nại lần hai: 30 ngày kể từ ngày nhận quyết định giải quyết lần đầu")
          .contains("Luật Khiếu nại 2011 Điều 33", "Đơn không được tiếp nhận");
      assertThat(b.driver.findElement(By.id("reason")).getAttribute("value")).contains("biên lai"); // kept for the user
      assertThat(b.driver.findElements(By.id("escalation-filed"))).isEmpty();
      assertThat(b.driver.getCurrentUrl()).doesNotContain(r.accessCode());
      b.screenshot("portal-escalation-too-late");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM escalation WHERE first_case_id = :id").param("id", id).query(Long.class)
          .single()).isZero();

      // received 10 days ago: in time
      jdbc.sql("UPDATE case_clock SET completed_at = :at WHERE case_id = :id AND kind = 'RESOLUTION'")
          .param("at", clock.nowOffset().minusDays(10)).param("id", id).update();
      openStatus(b, r);
      b.driver.findElement(By.id("reason")).sendKeys("Quyết định lần đầu không xem xét biên lai tôi đã nộp.");
      b.driver.findElement(By.id("escalation-submit")).click();
      String filed = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("escalation-filed"))).getText();
      assertThat(filed).contains("Đã gửi khiếu nại lần hai đến Ủy ban nhân dân tỉnh", "tra cứu bằng mã truy cập hiện tại");
      String second = b.driver.findElement(By.id("escalation-code")).getText();
      assertThat(b.driver.findElement(By.id("timeline")).getText()).contains("khiếu nại lần hai đến Ủy ban nhân dân tỉnh", second);
      b.screenshot("portal-escalation-filed");

      // the new case opens with the same access code
      openStatus(b, new Receipt(second, r.accessCode(), null));
      assertThat(b.driver.findElement(By.id("status-code")).getText()).isEqualTo(second);
      assertThat(b.driver.findElement(By.id("timeline")).getText()).contains("Đã tiếp nhận khiếu nại lần hai đối với hồ sơ " + code);
      assertThat(b.driver.findElements(By.id("escalation-form"))).isEmpty();
    }
  }
}
