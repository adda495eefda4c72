package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.Channel;

/** The SLA dashboard on a phone, what its numbers count, and the staff's error pages, in headless Chromium. */
class StaffPagesInBrowserTest extends DeskTest {

  @LocalServerPort int port;

  @Test
  void theDashboardFitsA390PixelWidePhone() throws Exception {
    submitByStaff(complaint(), Channel.PAPER, OffsetDateTime.now().minusDays(40)); // an overdue line in the tables
    try (Browser b = new Browser(port)) {
      b.driver.manage().window().setSize(new Dimension(390, 844));
      b.open("/staff/dashboard");
      login(b, "giamsat");
      wait(b).until(ExpectedConditions.attributeToBe(By.id("trend"), "data-drawn", "true"));
      JavascriptExecutor js = (JavascriptExecutor) b.driver;
      assertThat(((Number) js.executeScript("return window.innerWidth;")).intValue()).isEqualTo(390);
      b.driver.findElement(By.cssSelector("#h-trend ~ details summary")).click(); // the trend's table too
      // nothing wider than the screen, a table's cells included (a table scrolled sideways inside its box hides
      // the columns on the right: who holds the case, how many days over)
      @SuppressWarnings("unchecked")
      List<String> wide = (List<String>) js.executeScript("""
          var out = [], width = document.documentElement.clientWidth;
          document.querySelectorAll('body *').forEach(function (e) {
            var r = e.getBoundingClientRect();
            if (r.width > 0 && r.right > width + 0.5) {
              out.push((e.closest('table') ? e.closest('table').id + ' ' : '') + e.tagName + '#' + e.id + '.' + e.className + ' right=' + Math.round(r.right) + ' > ' + width);
            }
          });
          return out.slice(0, 20);""");
      long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
      long innerWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
      js.executeScript("window.scrollTo(0, document.getElementById('h-overdue').offsetTop - 8);");
      Path shot = b.screenshot("dashboard-390");
      if (Boolean.getBoolean("desk.docs.screenshots")) { // -Ddesk.docs.screenshots=true refreshes the one in docs/
        Files.copy(shot, Path.of("docs", "dashboard-390.png"), StandardCopyOption.REPLACE_EXISTING);
      }
      assertThat(wide).as("elements wider than the screen").isEmpty();
      assertThat(scrollWidth).isLessThanOrEqualTo(innerWidth);
    }
  }

  @Test
  void theTrendCountsClocksThatRanOutInTheWeekAndSaysSoBesideTheCardOfThoseOverdueToday() throws Exception {
    String code = submitByStaff(complaint(), Channel.PAPER, OffsetDateTime.now().minusDays(2)).trackingCode();
    long caseId = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    runJobs(code);
    try (Browser b = new Browser(port)) {
      b.open("/staff/dashboard");
      login(b, "giamsat");
      long cardBefore = card(b);
      long weekBefore = thisWeek(b);
      // intake acknowledged it today, but its acknowledgement clock had run out yesterday: met a day late, so
      // not overdue today, yet one of the clocks that ran out this week
      assertThat(jdbc.sql("UPDATE case_clock SET due_on = :d, at_risk_on = :d WHERE case_id = :id"
              + " AND kind = 'ACKNOWLEDGEMENT' AND state = 'MET' AND completed_at IS NOT NULL")
          .param("d", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)).param("id", caseId)
          .update()).isEqualTo(1);
      b.open("/staff/dashboard");
      assertThat(card(b)).isEqualTo(cardBefore);
      assertThat(thisWeek(b)).isEqualTo(weekBefore + 1);
      // so the two numbers differ, and each says what it counts
      assertThat(b.driver.findElement(By.id("h-kpi")).getText()).contains("hôm nay");
      assertThat(b.driver.findElement(By.cssSelector("#kpi-OVERDUE .state")).getText()).isEqualTo("Đang quá hạn");
      b.driver.findElement(By.cssSelector("#h-trend ~ details summary")).click();
      assertThat(b.driver.findElement(By.cssSelector("#trend-table thead")).getText()).contains("Hết hạn trong tuần")
          .doesNotContain("Quá hạn");
      assertThat(b.driver.findElement(By.id("trend-note")).getText())
          .contains("kể cả những thời hạn sau đó đã xong muộn", "đang quá hạn hôm nay");
      wait(b).until(ExpectedConditions.attributeToBe(By.id("trend"), "data-drawn", "true"));
      assertThat(((JavascriptExecutor) b.driver).executeScript("return Chart.getChart(document.getElementById('trend'))"
          + ".data.datasets.map(function (d) { return d.label; }).join('|');"))
          .isEqualTo("Nhận|Kết thúc|Hết hạn trong tuần");
    }
  }

  @Test
  void staffErrorPagesWearTheStaffHeaderAndPortalErrorsThePortals() throws Exception {
    // a Sở Y tế case: not phường An Bình's
    String other = submit(new vn.gov.vhcv.desk.intake.ReportRequest(vn.gov.vhcv.desk.casefile.ReportType.COMPLAINT,
        "Bác sĩ khoa khám bệnh nói nặng lời với người bệnh, bắt chờ lâu không lý do (trang lỗi cán bộ).", null,
        new vn.gov.vhcv.desk.intake.ReportRequest.OfficialRef("VH000111", null, null), null, false,
        new vn.gov.vhcv.desk.intake.ReportRequest.ComplainantData("Đỗ Văn Lâm", "0911222333", null, null)))
        .trackingCode();
    try (Browser b = new Browser(port)) {
      b.open("/staff");
      login(b, "tiepnhanxa");
      for (String path : List.of("/staff/cases/" + other, "/staff/khong-co-trang-nay", "/staff/dashboard")) {
        b.open(path);
        WebElement header = b.driver.findElement(By.cssSelector("header.site-header"));
        assertThat(header.getAttribute("class")).as(path).contains("staff");
        assertThat(header.getText()).as(path).contains("Bàn xử lý phản ánh — cán bộ", "Đăng xuất").doesNotContain("Gửi phản ánh");
        assertThat(b.driver.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
        assertThat(b.driver.findElement(By.id("error-home")).getAttribute("href")).as(path).endsWith("/staff");
      }
      b.screenshot("staff-error");
      b.open("/portal/khong-co-trang-nay");
      WebElement header = b.driver.findElement(By.cssSelector("header.site-header"));
      assertThat(header.getAttribute("class")).doesNotContain("staff");
      assertThat(header.getText()).contains("Gửi phản ánh").doesNotContain("Đăng xuất");
      assertThat(b.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Không tìm thấy trang");
    }
  }

  private static long card(Browser b) {
    return Long.parseLong(b.driver.findElement(By.cssSelector("#kpi-OVERDUE .n")).getText().replace(".", ""));
  }

  /** This week's "ran out" count: the trend table's last row. */
  private static long thisWeek(Browser b) {
    List<WebElement> rows = b.driver.findElements(By.cssSelector("#trend-table tbody tr"));
    return Long.parseLong(rows.get(rows.size() - 1).findElements(By.tagName("td")).get(3)
        .getAttribute("textContent").strip());
  }

  private static void login(Browser b, String user) {
    wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    b.driver.findElement(By.id("password")).sendKeys("demo");
    b.driver.findElement(By.id("login-submit")).click();
    wait(b).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private static WebDriverWait wait(Browser b) {
    return new WebDriverWait(b.driver, Duration.ofSeconds(30));
  }
}
