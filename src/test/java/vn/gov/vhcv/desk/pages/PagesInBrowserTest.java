package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.Channel;

/** The portal, the case view and the SLA dashboard, driven in Debian's headless Chromium. */
class PagesInBrowserTest extends DeskTest {

  static final String MARKUP = "<script>alert(1)</script><img src=x onerror=alert(2)>";

  @LocalServerPort int port;

  @Test
  void aDayTypedDayFirstInABrowserSpeakingEnglishIsThatDayAndAnImpossibleDayIsRefusedInVietnamese() throws Exception {
    try (Browser b = new Browser(port, "en-US")) {
      b.open("/portal/report");
      b.driver.findElement(By.id("badgeCode")).sendKeys("VH000120");
      b.driver.findElement(By.id("occurredOn")).sendKeys("31/02/2026");
      b.driver.findElement(By.id("description")).sendKeys("Cán bộ tiếp dân đến muộn, để người dân chờ hơn một giờ.");
      b.driver.findElement(By.id("anonymous")).click();
      b.driver.findElement(By.id("consent")).click();
      b.driver.findElement(By.id("submit")).click();
      String page = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("main"))).getText();
      assertThat(page).contains("Ngày xảy ra không có thật: 31/02/2026");
      // what was typed is kept; the day is typed again, day first: 6 January, not 1 June
      assertThat(b.driver.findElement(By.id("description")).getAttribute("value")).startsWith("Cán bộ tiếp dân");
      var date = b.driver.findElement(By.id("occurredOn"));
      date.clear();
      date.sendKeys("06/01/2026");
      if (!b.driver.findElement(By.id("consent")).isSelected()) {
        b.driver.findElement(By.id("consent")).click();
      }
      b.driver.findElement(By.id("submit")).click();
      String trackingCode = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
      assertThat(jdbc.sql("SELECT occurred_on FROM report_case WHERE tracking_code = :code").param("code", trackingCode)
          .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2026, 1, 6));
    }
  }

  @Test
  void citizenSendsAReportWithAnAttachmentAndReadsItsStatus() throws Exception {
    Path png = pngFile();
    try (Browser b = new Browser(port)) {
      b.open("/");
      assertThat(b.driver.findElement(By.tagName("h1")).getText()).contains("cán bộ, công chức, viên chức");
      assertThat(b.driver.findElement(By.id("main")).getText()).contains("Xin chào", "Luôn lắng nghe", "10 ngày làm việc");
      b.screenshot("portal-home");

      b.open("/portal/report");
      b.driver.findElement(By.id("badgeCode")).sendKeys("VH000120");
      // typed day first, as Vietnamese write it, in a browser whose language is English: 1 February, not 2 January
      b.driver.findElement(By.id("occurredOn")).sendKeys("01/02/2026");
      b.driver.findElement(By.id("description")).sendKeys("Cán bộ bộ phận một cửa quát nạt, không hướng dẫn thủ tục.");
      b.driver.findElement(By.id("files")).sendKeys(png.toAbsolutePath().toString());
      b.driver.findElement(By.id("fullName")).sendKeys("Trần Thị Bình");
      b.driver.findElement(By.id("email")).sendKeys("binh@example.com");
      b.driver.findElement(By.id("consent")).click();
      b.screenshot("portal-report-form");
      b.driver.findElement(By.id("submit")).click();

      String trackingCode = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
      String accessCode = b.driver.findElement(By.id("access-code")).getText();
      assertThat(trackingCode).startsWith("VH");
      assertThat(accessCode).isNotBlank();
      assertThat(b.driver.findElement(By.id("main")).getText()).contains("Hãy ghi lại");
      b.screenshot("portal-receipt");

      var stored = jdbc.sql("""
              SELECT a.content_type, a.size_bytes, a.file_name FROM attachment a JOIN report_case c ON c.id = a.case_id
               WHERE c.tracking_code = :code""").param("code", trackingCode)
          .query((rs, i) -> List.of(rs.getString(1), rs.getLong(2), rs.getString(3))).single();
      assertThat(stored).containsExactly("image/png", Files.size(png), "tep-1.png"); // named by its detected type
      assertThat(jdbc.sql("SELECT occurred_on FROM report_case WHERE tracking_code = :code").param("code", trackingCode)
          .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2026, 2, 1));

      b.open("/portal/status");
      b.driver.findElement(By.id("trackingCode")).sendKeys(trackingCode);
      b.driver.findElement(By.id("accessCode")).sendKeys(accessCode);
      b.driver.findElement(By.cssSelector("#status-form button[type=submit]")).click();
      assertThat(wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("status-text"))).getText())
          .isEqualTo("Đã tiếp nhận, đang phân loại và xem xét thụ lý");
      assertThat(b.driver.getCurrentUrl()).doesNotContain(accessCode);
      assertThat(b.driver.findElement(By.id("timeline")).getText()).contains("Đã tiếp nhận phản ánh", "Đã nhận 1 tệp đính kèm");
      assertThat(b.driver.findElement(By.cssSelector(".steps li.current")).getText()).isEqualTo("Xem xét thụ lý");
      b.screenshot("portal-status");

      // phone-sized window: nothing wider than the screen
      b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
      b.open("/portal/report");
      Object overflow = ((org.openqa.selenium.JavascriptExecutor) b.driver)
          .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
      b.screenshot("portal-report-mobile");

      b.open("/portal/status");
      b.driver.findElement(By.id("trackingCode")).sendKeys(trackingCode);
      b.driver.findElement(By.id("accessCode")).sendKeys("SAI-MA-TRUY-CAP");
      b.driver.findElement(By.cssSelector("#status-form button[type=submit]")).click();
      // the answer comes after a round trip: wait for it as for the status above
      assertThat(wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("not-found"))).getText())
          .contains("Không tìm thấy hồ sơ");
    }
  }

  @Test
  void monitorLogsInAndFindsAnOverdueCaseOnTheDashboard() throws Exception {
    String code = submitByStaff(complaint(), Channel.PAPER, OffsetDateTime.now().minusDays(40)).trackingCode();
    try (Browser b = new Browser(port)) {
      b.open("/staff/dashboard");
      assertThat(b.driver.getCurrentUrl()).endsWith("/login");
      login(b, "giamsat");
      assertThat(b.driver.getCurrentUrl()).contains("/staff/dashboard");
      WebElement overdue = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("overdue")));
      WebElement row = overdue.findElement(By.xpath(".//tr[td/a[text()='" + code + "']]"));
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertThat(cells.get(1).getText()).isEqualTo("Phản ánh về hành vi (chưa phân loại)");
      assertThat(cells.get(2).getText()).isEqualTo("Sở Giáo dục và Đào tạo");
      assertThat(Long.parseLong(cells.get(5).getText())).isGreaterThan(10);
      assertThat(cells.get(6).getText()).contains("nhóm Tiếp nhận đơn — ").doesNotContain("tiep-nhan");
      assertThat(Long.parseLong(b.driver.findElement(By.cssSelector("#kpi-OVERDUE .n")).getText())).isPositive();
      wait(b).until(ExpectedConditions.attributeToBe(By.id("trend"), "data-drawn", "true"));
      b.screenshot("dashboard");
    }
  }

  @Test
  void caseViewDrawsTheDiagramWithTheCurrentStepHighlighted() throws Exception {
    String code = submit(complaint()).trackingCode();
    long caseId = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code).query(Long.class).single();
    try (Browser b = new Browser(port)) {
      b.open("/staff/cases/" + code);
      login(b, "tiepnhan");
      assertThat(b.driver.getCurrentUrl()).contains("/staff/cases/" + code);
      wait(b).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram svg g.djs-element.highlight")));
      WebElement highlighted = b.driver.findElement(By.cssSelector("#diagram svg g.djs-element.highlight"));
      assertThat(highlighted.getAttribute("data-element-id")).isEqualTo(task(code).getTaskDefinitionKey());
      assertThat(b.driver.findElement(By.id("diagram-status")).getText()).startsWith("Bước hiện tại:");
      assertThat(b.driver.findElement(By.id("complainant")).getText()).contains("Nguyễn Văn An");
      assertThat(b.driver.findElement(By.cssSelector("#clocks .state")).getText()).isEqualTo("Trong hạn");
      assertThat(b.driver.findElement(By.cssSelector("a.task-link")).getAttribute("href"))
          .endsWith("/camunda/app/tasklist/default/#/?task=" + task(code).getId());
      b.screenshot("case-view");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = 'COMPLAINANT_VIEWED' AND actor = 'tiepnhan'")
        .param("id", caseId).query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void markupSentByACitizenIsShownAsTextAndNeverRuns() throws Exception {
    try (Browser b = new Browser(port)) {
      b.open("/portal/report");
      new Select(b.driver.findElement(By.id("unitCode"))).selectByVisibleText("Sở Y tế");
      b.driver.findElement(By.id("officialName")).sendKeys(MARKUP);
      b.driver.findElement(By.id("description")).sendKeys(MARKUP);
      b.driver.findElement(By.id("fullName")).sendKeys(MARKUP);
      b.driver.findElement(By.id("phone")).sendKeys("0912345678");
      // no consent: skip the browser's own check of required fields so the server's answer is tested
      ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("document.getElementById('report-form').noValidate = true");
      b.driver.findElement(By.id("submit")).click(); // the form comes back with the values
      assertThat(b.driver.findElement(By.id("form-errors")).getText()).contains("Cần đồng ý");
      assertNoAlert(b);
      assertThat(b.driver.findElement(By.id("description")).getAttribute("value")).isEqualTo(MARKUP);
      assertThat(b.driver.findElement(By.id("officialName")).getAttribute("value")).isEqualTo(MARKUP);
      assertThat(b.driver.findElements(By.cssSelector("img"))).isEmpty();
      b.driver.findElement(By.id("consent")).click();
      b.driver.findElement(By.id("submit")).click();
      String code = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();

      b.open("/staff/cases/" + code);
      login(b, "xacminh");
      wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("case-description")));
      assertNoAlert(b);
      assertThat(b.driver.findElement(By.id("case-description")).getText()).isEqualTo(MARKUP);
      assertThat(b.driver.findElement(By.id("official-given")).getText()).contains(MARKUP);
      assertThat(b.driver.findElement(By.id("complainant")).getText()).contains(MARKUP);
      assertThat(b.driver.findElements(By.cssSelector("#main img"))).isEmpty();
      assertThat(b.driver.findElements(By.cssSelector("#main script"))).isEmpty();
    }
  }

  @Test
  void whenTheDeskAwaitsInformationTheSenderAddsTextAndAFileOnTheStatusPage() throws Exception {
    var receipt = submit(complaint());
    // intake asks the sender for more information
    completeAs("tiepnhan", receipt.trackingCode(), java.util.Map.of("category", "PHAN_ANH", "conductCode", "B02",
        "intakeDecision", "REQUEST_INFO", "informationRequest", "Đề nghị cho biết giờ và quầy giao dịch cụ thể."));
    runJobs(receipt.trackingCode());
    Path png = pngFile();
    try (Browser b = new Browser(port)) {
      b.open("/portal/status");
      b.driver.findElement(By.id("trackingCode")).sendKeys(receipt.trackingCode());
      b.driver.findElement(By.id("accessCode")).sendKeys(receipt.accessCode());
      b.driver.findElement(By.cssSelector("#status-form button[type=submit]")).click();
      assertThat(b.driver.findElement(By.id("status-text")).getText()).isEqualTo("Đang chờ người gửi bổ sung thông tin");
      b.driver.findElement(By.id("information")).sendKeys("Sự việc xảy ra lúc 9 giờ sáng, có người làm chứng.");
      b.driver.findElement(By.id("info-files")).sendKeys(png.toAbsolutePath().toString());
      b.driver.findElement(By.id("info-submit")).click();
      assertThat(wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("info-saved"))).getText())
          .contains("Đã nhận thông tin bổ sung");
      assertThat(b.driver.findElement(By.id("timeline")).getText()).contains("Đã nhận thông tin bổ sung của người gửi.");
    }
    long caseId = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", receipt.trackingCode())
        .query(Long.class).single();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment WHERE case_id = :id").param("id", caseId).query(Long.class).single())
        .isEqualTo(1);
    assertThat(jdbc.sql("SELECT information FROM sender_information WHERE case_id = :id")
        .param("id", caseId).query(String.class).single()).isEqualTo("Sự việc xảy ra lúc 9 giờ sáng, có người làm chứng.");
    assertThat(jdbc.sql("SELECT files FROM sender_information WHERE case_id = :id").param("id", caseId)
        .query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT message FROM case_event WHERE case_id = :id AND kind = 'INFORMATION_ADDED'")
        .param("id", caseId).query(String.class).single()).contains("1 tệp").doesNotContain("người làm chứng");
    // the answer went to the case: back at intake with it, the case "received" again
    assertThat(task(receipt.trackingCode()).getTaskDefinitionKey()).isEqualTo("classifyCase");
    assertThat(jdbc.sql("SELECT status FROM report_case WHERE id = :id").param("id", caseId).query(String.class).single())
        .isEqualTo("RECEIVED");
  }

  private static void login(Browser b, String user) {
    wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    b.driver.findElement(By.id("password")).sendKeys("demo");
    b.driver.findElement(By.id("login-submit")).click();
    wait(b).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private static void assertNoAlert(Browser b) {
    assertThatThrownBy(() -> new WebDriverWait(b.driver, Duration.ofMillis(1500)).until(ExpectedConditions.alertIsPresent()))
        .isInstanceOf(TimeoutException.class);
  }

  private static WebDriverWait wait(Browser b) {
    return new WebDriverWait(b.driver, Duration.ofSeconds(15));
  }

  private static Path pngFile() throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0xFF0000);
    Path file = Files.createTempDirectory("desk-upload-").resolve("anh-chup-quay.png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
