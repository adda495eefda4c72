package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.DeskTest;

/**
 * Camunda's Tasklist, Cockpit and Admin in a real headless Chromium whose own language is English: they speak
 * Vietnamese all the same (the desk's only webapp language), show people family name first, carry no
 * "migrate to Camunda 8" banner, and the Camunda Forms in Tasklist give their validation messages in Vietnamese.
 *
 * <p>This headless Chromium does not deliver WebDriver's native key and mouse events to the webapps' pages (it does
 * to the desk's own pages), so the test types and clicks through the DOM, with the events the pages listen to.
 */
class WebappsInVietnameseTest extends DeskTest {

  @LocalServerPort int port;

  @Test
  void intakeOfficerWorksInTasklistInVietnamese() throws Exception {
    String code = submit(complaint()).trackingCode();
    try (Browser b = new Browser(port, "en-US")) {
      b.driver.manage().window().setSize(new Dimension(1366, 900));
      b.open("/camunda/app/tasklist/");
      awaitLoginPage(b);
      assertThat(b.driver.findElement(By.cssSelector("form[name=signinForm] input[type=password]"))
          .getAttribute("placeholder")).isEqualTo("Mật khẩu");
      assertThat(b.driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).getText())
          .isEqualTo("Đăng nhập");
      assertNoMigrationBanner(b);
      b.screenshot("tasklist-login");

      logIn(b, "tiepnhan");
      // the header names the officer family name first
      wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"),
          "Nguyễn Thị Thu Trang"));
      click(b, wait(b).until(ExpectedConditions.presenceOfElementLocated(
          By.xpath("//*[normalize-space(text())='Việc chờ nhóm tôi']"))));
      wait(b).until(ExpectedConditions.presenceOfElementLocated(
          By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]//a[contains(.,'Phân loại và xử lý đơn')]")));
      String page = b.driver.findElement(By.tagName("body")).getText();
      assertThat(page).contains("Khởi động quy trình", "Tạo công việc", "Việc chờ nhóm tôi", "Ngày tạo", "Hạn ");
      assertThat(page).doesNotContain("Start process", "Create task", "Filter Tasks", "Created", "Due ");
      assertNoMigrationBanner(b);
      b.screenshot("tasklist-tasks");

      // this case's task (the list may hold other cases' tasks of the same step)
      String taskId = task(code).getId();
      click(b, wait(b).until(ExpectedConditions.presenceOfElementLocated(
          By.xpath("//ol[contains(@class,'tasks-list')]//li[contains(@class,'task')]//a[contains(@href,'" + taskId + "')]"))));
      WebElement claim = wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.claim")));
      assertThat(claim.getText()).isEqualTo("Nhận việc");
      click(b, claim);
      wait(b).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
      wait(b).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
      assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).taskAssignee("tiepnhan")
          .count()).isOne();

      // form-js's own messages: a badge code that does not match the pattern, then a refusal reason too short, empty
      WebElement badge = field(b, "Mã số thẻ người bị phản ánh");
      type(b, badge, "abc");
      assertError(b, badge, "Giá trị không đúng định dạng yêu cầu (mẫu ^[A-Z]{2}[0-9]{6}$).");
      click(b, b.driver.findElement(By.xpath("//div[contains(@class,'fjs-container')]//label[contains(.,'Từ chối thụ lý')]")));
      WebElement reason = field(b, "Lý do từ chối");
      type(b, reason, "ngắn");
      assertError(b, reason, "Cần nhập ít nhất 10 ký tự.");
      type(b, reason, "");
      assertError(b, reason, "Trường này không được để trống.");

      String form = b.driver.findElement(By.cssSelector("[cam-tasklist-task], .task-details, body")).getText();
      assertThat(form).contains("Loại đơn", "Chọn", "Biểu mẫu", "Lịch sử", "Sơ đồ");
      assertThat(form).doesNotContain("Field ", "Complete", "Claim", "History", "Diagram", "Select");
      ((JavascriptExecutor) b.driver).executeScript(
          "document.querySelector('.fjs-form-field-error').scrollIntoView({block: 'center'})");
      b.screenshot("tasklist-form");
    }
  }

  @Test
  void administratorSeesCockpitAndAdminInVietnamese() throws Exception {
    submit(complaint());
    try (Browser b = new Browser(port, "en-US")) {
      b.driver.manage().window().setSize(new Dimension(1366, 900));
      b.open("/camunda/app/cockpit/");
      awaitLoginPage(b);
      logIn(b, "admin");

      wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Phiên quy trình đang chạy"));
      wait(b).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Sự cố đang mở"));
      String cockpit = b.driver.findElement(By.tagName("body")).getText();
      assertThat(cockpit).contains("Quy trình", "Quyết định", "Bản triển khai", "Công việc đang mở", "Đã triển khai",
          "Trịnh Văn Tiến");
      assertThat(cockpit).doesNotContain("Running Process Instances", "Open Incidents", "Deployments", "Processes");
      assertNoMigrationBanner(b);
      b.screenshot("cockpit-dashboard");

      b.open("/camunda/app/admin/default/#/users");
      WebElement row = wait(b).until(ExpectedConditions.visibilityOfElementLocated(
          By.xpath("//table//tr[td/a[normalize-space(text())='tiepnhan']]")));
      List<String> header = b.driver.findElements(By.xpath("//table//th")).stream().map(WebElement::getText)
          .map(h -> h.replace("*", "").strip()).toList();
      assertThat(header).contains("Họ", "Tên đệm và tên");
      List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertThat(cells).containsSubsequence("tiepnhan", "Nguyễn", "Thị Thu Trang");
      String admin = b.driver.findElement(By.tagName("body")).getText();
      assertThat(admin).contains("Người dùng", "Nhóm", "Phân quyền", "Danh sách người dùng", "Thêm người dùng");
      assertThat(admin).doesNotContain("Users", "Groups", "Authorizations", "First Name", "Last Name");
      assertNoMigrationBanner(b);
      b.screenshot("admin-users");
    }
  }

  static void awaitLoginPage(Browser b) {
    WebElement user = wait(b).until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("form[name=signinForm] input[type=text]")));
    wait(b).until(ExpectedConditions.attributeToBe(user, "placeholder", "Tên đăng nhập"));
  }

  /** Logs in on the webapp's own login page (Angular reads the fields on their input events). */
  static void logIn(Browser b, String user) {
    ((JavascriptExecutor) b.driver).executeScript("""
        const form = document.querySelector('form[name=signinForm]');
        for (const [selector, value] of [['input[type=text]', arguments[0]], ['input[type=password]', 'demo']]) {
          const input = form.querySelector(selector);
          input.value = value;
          input.dispatchEvent(new Event('input', {bubbles: true}));
        }
        form.querySelector('button[type=submit]').click();""", user);
    wait(b).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
  }

  static void click(Browser b, WebElement element) {
    ((JavascriptExecutor) b.driver).executeScript("arguments[0].click();", element);
  }

  /** Types into a form-js field and leaves it, as a user would (form-js validates on input and blur). */
  static void type(Browser b, WebElement input, String text) {
    ((JavascriptExecutor) b.driver).executeScript("""
        const input = arguments[0];
        input.focus();
        input.value = arguments[1];
        input.dispatchEvent(new Event('input', {bubbles: true}));
        input.dispatchEvent(new Event('change', {bubbles: true}));
        input.dispatchEvent(new FocusEvent('blur'));
        input.dispatchEvent(new FocusEvent('focusout', {bubbles: true}));""", input, text);
  }

  /** The input of the form-js field with this label. */
  static WebElement field(Browser b, String label) {
    WebElement l = wait(b).until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.),'" + label + "')]")));
    return b.driver.findElement(By.id(l.getAttribute("for")));
  }

  /** Waits for form-js to show this validation message under the field (and says which one it shows if not). */
  static void assertError(Browser b, WebElement input, String expected) {
    String[] shown = {null};
    try {
      new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> {
        List<WebElement> errors = input.findElements(By.xpath("./ancestor::div[contains(concat(' ', @class, ' '),"
            + " ' fjs-form-field ')][1]//div[contains(@class,'fjs-form-field-error')]//li"));
        shown[0] = errors.isEmpty() ? null : errors.get(0).getText();
        return expected.equals(shown[0]);
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      assertThat(shown[0]).as("form-js message under the field").isEqualTo(expected);
    }
  }

  static void assertNoMigrationBanner(Browser b) {
    assertThat(b.driver.findElements(By.cssSelector(".ce-eol-banner")).stream().filter(WebElement::isDisplayed))
        .isEmpty();
    assertThat(b.driver.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8", "migrate");
  }

  static WebDriverWait wait(Browser b) {
    return new WebDriverWait(b.driver, Duration.ofSeconds(40));
  }
}
