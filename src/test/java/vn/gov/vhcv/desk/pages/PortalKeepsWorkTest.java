package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.DeskTest;

/** The report form never loses what a citizen typed or chose, in Debian's headless Chromium. */
class PortalKeepsWorkTest extends DeskTest {

  @LocalServerPort int port;

  /** Fills the form with a description no other test uses; consent left to the caller. */
  private static void fill(Browser b, String description) {
    b.open("/portal/report");
    fillOpened(b, description);
  }

  private static void fillOpened(Browser b, String description) {
    b.driver.findElement(By.id("badgeCode")).sendKeys("VH000120");
    b.driver.findElement(By.id("description")).sendKeys(description);
    b.driver.findElement(By.id("fullName")).sendKeys("Phạm Thị Hoa");
    b.driver.findElement(By.id("phone")).sendKeys("0987654321");
  }

  /** The form as a browser without the page's script sends it: no listeners (a clone has none), no browser checks. */
  private static void withoutPageChecks(Browser b) {
    ((JavascriptExecutor) b.driver).executeScript("var f = document.getElementById('report-form');"
        + "var c = f.cloneNode(true); c.noValidate = true; f.replaceWith(c);");
  }

  @Test
  void aFileOver10MbSentAnywayGetsTheFormBackInVietnameseWithWhatWasTyped() throws Exception {
    Path big = bigFile("bien-ban-scan.pdf", 11 * 1024 * 1024);
    String description = "Cán bộ địa chính giữ hồ sơ quá hạn, đòi nộp thêm giấy tờ không có trong quy định (tệp lớn).";
    try (Browser b = new Browser(port)) {
      b.open("/portal/report");
      withoutPageChecks(b);
      fillOpened(b, description);
      b.driver.findElement(By.id("consent")).click();
      b.driver.findElement(By.id("files")).sendKeys(big.toAbsolutePath().toString());
      b.driver.findElement(By.id("submit")).click();
      String page = wait(b).until(ExpectedConditions.presenceOfElementLocated(By.tagName("body"))).getText();
      b.screenshot("portal-report-too-large");
      assertThat(page).doesNotContain("HTTP ERROR").doesNotContain("This page isn");
      assertThat(b.driver.findElement(By.id("files-error")).getText())
          .contains("bien-ban-scan.pdf", "lớn hơn 10 MB");
      assertThat(b.driver.findElement(By.id("description")).getAttribute("value")).isEqualTo(description);
      assertThat(b.driver.findElement(By.id("fullName")).getAttribute("value")).isEqualTo("Phạm Thị Hoa");
      assertThat(b.driver.findElement(By.id("badgeCode")).getAttribute("value")).isEqualTo("VH000120");
    }
    assertThat(casesWith(description)).isZero();
  }

  @Test
  void theFormSaysAFileIsOver10MbBeforeSendingIt() throws Exception {
    Path big = bigFile("anh-rat-lon.png", 11 * 1024 * 1024);
    String description = "Cán bộ thuế yêu cầu nộp tiền mặt không có biên lai, nói nặng lời với người dân (kiểm trước).";
    try (Browser b = new Browser(port)) {
      fill(b, description);
      b.driver.findElement(By.id("consent")).click();
      b.driver.findElement(By.id("files")).sendKeys(big.toAbsolutePath().toString());
      assertThat(wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("files-error"))).getText())
          .contains("anh-rat-lon.png", "lớn hơn 10 MB");
      b.driver.findElement(By.id("submit")).click();
      // nothing was sent: still the form, with what was typed
      assertThat(b.driver.getCurrentUrl()).endsWith("/portal/report");
      assertThat(b.driver.findElement(By.id("description")).getAttribute("value")).isEqualTo(description);
    }
    assertThat(casesWith(description)).isZero();
  }

  @Test
  void filesChosenBeforeAnErrorAreKeptAndSentWithTheNextTry() throws Exception {
    Path first = pngFile("anh-quay-mot-cua.png");
    Path second = pngFile("giay-hen.png");
    String description = "Cán bộ một cửa hẹn trả kết quả ba lần không đúng hẹn, không giải thích lý do (giữ tệp).";
    try (Browser b = new Browser(port)) {
      fill(b, description);
      b.driver.findElement(By.id("files")).sendKeys(first.toAbsolutePath() + "\n" + second.toAbsolutePath());
      withoutBrowserRequiredCheck(b); // no consent: the server's answer is what is tested
      b.driver.findElement(By.id("submit")).click();
      assertThat(wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("form-errors"))).getText())
          .contains("Cần đồng ý");
      assertThat(b.driver.findElement(By.id("held-files")).getText())
          .contains("đã đính kèm: anh-quay-mot-cua.png", "đã đính kèm: giay-hen.png");
      assertThat(b.driver.findElement(By.id("description")).getAttribute("value")).isEqualTo(description);
      b.screenshot("portal-report-held-files");
      // one of them let go, the other sent without choosing it again
      b.driver.findElement(By.xpath("//li[span[text()='đã đính kèm: giay-hen.png']]//input[@name='removeHeld']")).click();
      b.driver.findElement(By.id("consent")).click();
      b.driver.findElement(By.id("submit")).click();
      String code = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
      register(code);
      assertThat(jdbc.sql("SELECT a.size_bytes FROM attachment a JOIN report_case c ON c.id = a.case_id"
          + " WHERE c.tracking_code = :c").param("c", code).query(Long.class).list())
          .containsExactly(Files.size(first));
    }
    assertThat(casesWith(description)).isEqualTo(1);
  }

  @Test
  void refreshingTheReceiptFilesNothingAgainAndTheCodesAreShownOnceOutsideTheUrl() throws Exception {
    String description = "Cán bộ tư pháp xã nhận hồ sơ nhưng không viết giấy biên nhận, bảo tuần sau quay lại (tải lại).";
    try (Browser b = new Browser(port)) {
      fill(b, description);
      b.driver.findElement(By.id("consent")).click();
      b.driver.findElement(By.id("submit")).click();
      String code = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-code"))).getText();
      String accessCode = b.driver.findElement(By.id("access-code")).getText();
      assertThat(b.driver.getCurrentUrl()).endsWith("/portal/receipt").doesNotContain(accessCode).doesNotContain(code);
      b.driver.navigate().refresh();
      assertThat(wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-shown"))).getText())
          .contains("chỉ hiện một lần");
      assertThat(b.driver.findElements(By.id("access-code"))).isEmpty();
      assertThat(b.driver.getPageSource()).doesNotContain(accessCode);
      b.driver.navigate().back();
      b.driver.navigate().forward();
      assertThat(b.driver.getPageSource()).doesNotContain(accessCode);
      assertThat(code).startsWith("VH");
    }
    assertThat(casesWith(description)).isEqualTo(1);
  }

  private static void withoutBrowserRequiredCheck(Browser b) {
    ((JavascriptExecutor) b.driver).executeScript("document.getElementById('report-form').noValidate = true");
  }

  private long casesWith(String description) {
    return jdbc.sql("SELECT COUNT(*) FROM report_case WHERE description = :d").param("d", description)
        .query(Long.class).single();
  }

  static WebDriverWait wait(Browser b) {
    return new WebDriverWait(b.driver, Duration.ofSeconds(30));
  }

  /** A file of {@code size} bytes (sparse: the tail is zeros). */
  static Path bigFile(String name, long size) throws IOException {
    Path file = Files.createTempDirectory("desk-big-").resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.write("%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      f.setLength(size);
    }
    return file;
  }

  static Path pngFile(String name) throws IOException {
    BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0x00FF00);
    Path file = Files.createTempDirectory("desk-upload-").resolve(name);
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
