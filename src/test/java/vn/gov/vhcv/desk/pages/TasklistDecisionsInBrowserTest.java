package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.vhcv.desk.pages.WebappsInVietnameseTest.awaitLoginPage;
import static vn.gov.vhcv.desk.pages.WebappsInVietnameseTest.click;
import static vn.gov.vhcv.desk.pages.WebappsInVietnameseTest.field;
import static vn.gov.vhcv.desk.pages.WebappsInVietnameseTest.logIn;
import static vn.gov.vhcv.desk.pages.WebappsInVietnameseTest.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.casefile.ReportType;

/**
 * The council and the leader of a discipline at work in Tasklist, in Debian's headless Chromium: the council's
 * secretary summons the council with the meeting day typed dd/mm/yyyy and sees a Saturday and a day after the
 * discipline's deadline refused with the Vietnamese reason alone; the leader ({@code lanhdao}, group
 * {@code lanh-dao}, who holds "Quyết định kỷ luật") sees the calendar of the follow-up date in Vietnamese, types the
 * decision date dd/mm/yyyy, has a date in the future refused, completes the task with today's date, and the case
 * shows the decision. Typing and clicking go through the DOM, as in {@link WebappsInVietnameseTest}.
 */
class TasklistDecisionsInBrowserTest extends CaseScenarios {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @LocalServerPort int port;
  @Autowired DeskClock clock;
  @Autowired WorkingCalendar calendar;
  @Autowired CaseClocks clocks;
  @Autowired CaseRepository cases;

  /** A founded denunciation about an official no other test reports, its discipline at the council's summons. */
  private String atSummons() {
    String code = submit(new ReportRequest(ReportType.COMPLAINT,
        "Cán bộ phòng công chức yêu cầu nộp thêm giấy tờ không có trong quy định và có lời lẽ xúc phạm người dân.",
        LocalDate.of(2026, 11, 16), new ReportRequest.OfficialRef("VH000104", null, null), null, false,
        new ReportRequest.ComplainantData("Đỗ Minh Tuấn", "0912000104", "tuan.do@example.com", "8 Hùng Vương")))
        .trackingCode();
    accept(code, "TO_CAO", "B02");
    investigate(code, conclusion("FOUNDED", "DISCIPLINE"));
    completeAs("hoidong", code, Map.of("postponementReason", "NONE"));
    completeAs("hoidong", code, Map.of("reviewMeetingDate", DAY.format(clock.today()),
        "reviewMinutes", "Cán bộ tự kiểm điểm, nhận khuyết điểm; tập thể đề nghị xử lý kỷ luật."));
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("summonCouncil");
    return code;
  }

  @Test
  void councilAndLeaderTypeVietnameseDatesInTasklistAndSeeWrongDaysRefusedInVietnamese() throws Exception {
    // Thursday 26/11/2026: the earliest meeting day is Monday 07/12/2026, Saturday 12/12/2026 is no working day
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-26T10:00:00+07:00").toInstant()));
    String code = atSummons();
    long caseId = cases.getByTrackingCode(code).id();
    LocalDate due = clocks.find(caseId, ClockKind.DISCIPLINE).orElseThrow().dueOn();
    LocalDate afterDue = calendar.addWorkingDays(due, 1);

    try (Browser b = new Browser(port, "en-US")) {
      b.driver.manage().window().setSize(new Dimension(1366, 1000));
      b.open("/camunda/app/tasklist/");
      awaitLoginPage(b);
      logIn(b, "hoidong");
      openTask(b, task(code).getId());

      WebElement day = field(b, "Ngày họp Hội đồng kỷ luật");
      type(b, field(b, "Giờ họp"), "08:30");
      type(b, field(b, "Địa điểm họp"), "Phòng họp số 2, trụ sở Sở Nội vụ");
      type(b, day, "12/12/2026");
      completeRefused(b, "Ngày họp 12/12/2026 không phải ngày làm việc", "tasklist-refusal-not-working-day");

      type(b, day, DAY.format(afterDue));
      completeRefused(b, "Ngày họp " + DAY.format(afterDue) + " sau hạn xử lý kỷ luật (" + DAY.format(due) + ")",
          "tasklist-refusal-after-deadline");
      assertThat(task(code).getTaskDefinitionKey()).isEqualTo("summonCouncil");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE case_id = :id AND kind = 'COUNCIL_SUMMONS'")
          .param("id", caseId).query(Integer.class).single()).isZero();

      type(b, day, "07/12/2026");
      completeDone(b, task(code).getId());
      assertThat(task(code).getTaskDefinitionKey()).isEqualTo("holdCouncil");
    }

    String sanction = (String) engine.getRuntimeService().getVariable(called(code, "discipline").getId(),
        "recommendedSanction");
    completeAs("hoidong", code, Map.of("officialAttended", "YES", "councilRecommendation", sanction,
        "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị."));
    String taskId = task(code).getId();
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("decideDiscipline");
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).taskCandidateUser("lanhdao").count()).isOne();

    try (Browser b = new Browser(port, "en-US")) {
      b.driver.manage().window().setSize(new Dimension(1366, 1000));
      b.open("/camunda/app/tasklist/");
      awaitLoginPage(b);
      logIn(b, "lanhdao");
      openTask(b, taskId);

      // Tasklist's own calendar (the follow-up date) speaks Vietnamese
      click(b, waiting(b).until(ExpectedConditions.presenceOfElementLocated(
          By.xpath("//a[normalize-space(.)='Đặt ngày theo dõi']"))));
      WebElement picker = waiting(b).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[uib-datepicker] table")));
      String calendarText = picker.getText();
      List<String> weekdays = picker.findElements(By.cssSelector("thead tr:nth-child(2) th")).stream()
          .map(WebElement::getText).map(String::strip).filter(s -> !s.isEmpty()).toList();
      assertThat(weekdays).containsExactly("T2", "T3", "T4", "T5", "T6", "T7", "CN");
      // the browser's own today (this machine's clock, not the desk's test clock) is the month shown
      String title = picker.findElement(By.cssSelector("button.uib-title")).getText();
      assertThat(title).matches("Tháng ([1-9]|1[0-2]) năm 20[0-9]{2}");
      assertThat(calendarText).doesNotContainPattern("(?i)\\b(january|february|march|april|may|june|july|august|september"
          + "|october|november|december|sun|mon|tue|wed|thu|fri|sat)\\b");
      assertThat(picker.findElements(By.cssSelector(".sr-only")).stream().map(e -> e.getAttribute("textContent")))
          .contains("Tháng trước", "Tháng sau").doesNotContain("previous", "next");
      b.screenshot("tasklist-calendar");
      List<String> hourPlaceholders = b.driver.findElements(By.cssSelector("[uib-timepicker] input")).stream()
          .map(e -> e.getAttribute("placeholder")).toList();
      assertThat(hourPlaceholders).contains("Giờ", "Phút");
      ((JavascriptExecutor) b.driver).executeScript(
          "document.querySelector('[uib-datepicker]').dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', keyCode: 27, bubbles: true}))");

      choose(b, "Hình thức kỷ luật quyết định", optionLabel(sanction));
      type(b, field(b, "Số quyết định"), "126/QĐ-UBND");
      WebElement decided = field(b, "Ngày quyết định");
      type(b, decided, "27/11/2026");
      completeRefused(b, "Ngày quyết định (27/11/2026) không thể sau hôm nay (26/11/2026)", "tasklist-refusal");
      assertThat(jdbc.sql("SELECT COUNT(*) FROM discipline_register WHERE case_id = :id").param("id", caseId)
          .query(Integer.class).single()).isZero();

      type(b, decided, "26/11/2026");
      completeDone(b, taskId);
    }
    runCaseJobs(code);
    assertThat(jdbc.sql("SELECT decision_date FROM discipline_register WHERE case_id = :id").param("id", caseId)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(jdbc.sql("SELECT decision_number FROM discipline_register WHERE case_id = :id").param("id", caseId)
        .query(String.class).single()).isEqualTo("126/QĐ-UBND");

    // the case page shows the decision to the leader
    try (Browser b = new Browser(port)) {
      b.open("/login");
      waiting(b).until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("lanhdao");
      b.driver.findElement(By.id("password")).sendKeys("demo");
      b.driver.findElement(By.id("login-submit")).click();
      waiting(b).until(d -> !d.getCurrentUrl().contains("/login"));
      b.open("/staff/cases/" + code);
      String page = waiting(b).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main"))).getText();
      assertThat(page).contains("Quyết định: " + sanctionLabel(sanction), "Người bị phản ánh đã bị xem xét, xử lý kỷ luật");
    }
  }

  /** Opens the task in Tasklist (by its address), claims it and waits for its Camunda form. */
  private static void openTask(Browser b, String taskId) {
    b.open("/camunda/app/tasklist/default/#/?task=" + taskId + "&detailsTab=task-detail-form");
    WebElement claim = waiting(b).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.claim")));
    click(b, claim);
    waiting(b).until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    waiting(b).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /** Clicks "Hoàn thành" and waits for Tasklist's error with exactly this reason, and nothing of Camunda's English. */
  private static void completeRefused(Browser b, String reason, String screenshot) throws java.io.IOException {
    clickComplete(b);
    WebElement alert = waiting(b).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//*[contains(@class,'alert')][contains(normalize-space(.),'" + reason + "')]")));
    String shown = alert.getText();
    assertThat(shown).contains("Đã xảy ra lỗi khi gửi biểu mẫu công việc", reason)
        .doesNotContain("Cannot", "submit task form", "ENGINE-", "Exception");
    // the form stays, with what was typed
    assertThat(b.driver.findElements(By.cssSelector(".fjs-container"))).isNotEmpty();
    ((JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", alert);
    b.screenshot(screenshot);
    // the next attempt's message is told apart from this one
    ((JavascriptExecutor) b.driver).executeScript(
        "document.querySelectorAll('.notifications .alert .close, .notifications .alert button').forEach(c => c.click())");
    waiting(b).until(ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//*[contains(@class,'alert')][contains(normalize-space(.),'" + reason + "')]")));
  }

  /** Clicks "Hoàn thành" and waits until the task is done (or says what Tasklist shows instead). */
  private void completeDone(Browser b, String taskId) throws java.io.IOException {
    clickComplete(b);
    try {
      waiting(b).until(d -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
    } catch (org.openqa.selenium.TimeoutException e) {
      b.screenshot("tasklist-not-completed");
      throw new AssertionError("the task is still open; Tasklist shows: "
          + b.driver.findElement(By.tagName("body")).getText(), e);
    }
  }

  private static void clickComplete(Browser b) {
    WebElement complete = waiting(b).until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//button[normalize-space(.)='Hoàn thành']")));
    waiting(b).until(d -> complete.isEnabled());
    click(b, complete);
  }

  /** Picks an option of a form-js select by its label (form-js opens the list and takes a choice on mouse-down). */
  private static void choose(Browser b, String label, String option) {
    WebElement l = waiting(b).until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//div[contains(@class,'fjs-container')]//label[contains(normalize-space(.),'" + label + "')]")));
    WebElement container = l.findElement(By.xpath("./ancestor::div[contains(concat(' ', @class, ' '), ' fjs-form-field ')][1]"));
    JavascriptExecutor js = (JavascriptExecutor) b.driver;
    js.executeScript("arguments[0].querySelector('.fjs-input-group').dispatchEvent("
        + "new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", container);
    WebElement item = waiting(b).until(d -> container.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
        .filter(e -> e.getText().strip().equals(option)).findFirst().orElse(null));
    js.executeScript("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", item);
    waiting(b).until(d -> container.getText().contains(option));
  }

  private static org.openqa.selenium.support.ui.WebDriverWait waiting(Browser b) {
    return WebappsInVietnameseTest.wait(b);
  }

  /** The label of the decide-discipline form's option for a sanction code. */
  private static String optionLabel(String sanction) throws java.io.IOException {
    JsonNode form = new ObjectMapper().readTree(Path.of("forms", "decide-discipline.form").toFile());
    for (JsonNode c : form.path("components")) {
      if ("sanction".equals(c.path("key").asText())) {
        for (JsonNode v : c.path("values")) {
          if (v.path("value").asText().equals(sanction)) {
            return v.path("label").asText();
          }
        }
      }
    }
    throw new IllegalStateException("no option " + sanction + " in decide-discipline.form");
  }

  private static String sanctionLabel(String sanction) {
    return vn.gov.vhcv.desk.discipline.Sanction.valueOf(sanction).label();
  }
}
