package vn.gov.vhcv.desk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * Every user task of every process, completed as Camunda Tasklist completes it: through the engine REST API as the
 * demo user of the task's role, with the values the deployed Camunda Form gives (text, selects, radios and the
 * dd/mm/yyyy date fields as strings), and after each step the case is at the next task without an incident. A
 * user task that no scenario here completes fails the test; so does a step that accepts only what the Java API can
 * send (a {@code java.util.Date}).
 */
class FormsAsSubmittedTest extends CaseScenarios {

  @Autowired TestRestTemplate http;
  @Autowired DeskClock clock;
  @Autowired WorkingCalendar calendar;
  @Autowired CaseClocks clocks;
  @Autowired CaseRepository cases;

  private TasklistForms tasklist;
  private final Set<String> completed = new TreeSet<>();

  @BeforeEach
  void tasklist() {
    tasklist = new TasklistForms(http);
  }

  private static void now(String isoOffset) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffset).toInstant()));
  }

  /** A day as the form's date field takes it: dd/mm/yyyy. */
  private static String day(LocalDate d) {
    return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
  }

  private String today() {
    return day(clock.today());
  }

  private static ReportRequest report(ReportType type, String badge, String text, boolean anonymous) {
    return new ReportRequest(type, text, null, new ReportRequest.OfficialRef(badge, null, null), null, anonymous,
        anonymous ? null : new ReportRequest.ComplainantData("Nguyễn Văn An", "0912345678", "an@example.com", "12 Lê Lợi"));
  }

  private static ReportRequest complaint(String badge) {
    return report(ReportType.COMPLAINT, badge, "Cán bộ quát nạt người dân tại bộ phận một cửa, không hướng dẫn.", false);
  }

  /**
   * Submits the case's task {@code taskKey} as {@code user} with the form's values, runs the jobs as the job executor
   * would, and checks that the case went on without an incident to {@code next} (null: no task of the case is left).
   */
  private void step(String user, String code, String taskKey, Map<String, ?> typed, String next) {
    String taskId = tasklist.taskId(user, code, taskKey);
    TasklistForms.Submission s = tasklist.submit(user, taskId, typed);
    assertThat(s.status()).as("%s submits %s with %s: %s", user, taskKey, s.sent(), s.body()).isEqualTo(204);
    completed.add(taskKey);
    runCaseJobs(code);
    assertThat(incidents(code)).as("incidents of case %s after %s", code, taskKey).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("%s is done", taskKey).isZero();
    List<String> open = openTasks(code);
    if (next == null) {
      assertThat(open).as("tasks of case %s after %s", code, taskKey).isEmpty();
    } else {
      assertThat(open).as("tasks of case %s after %s", code, taskKey).contains(next);
    }
  }

  private List<String> openTasks(String code) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).list().stream()
        .map(Task::getTaskDefinitionKey).toList();
  }

  private List<String> incidents(String code) {
    List<String> found = new java.util.ArrayList<>();
    for (ProcessInstance pi : engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).list()) {
      engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).list()
          .forEach(i -> found.add(i.getActivityId() + ": " + i.getIncidentMessage()));
    }
    return found;
  }

  /** The user tasks of the latest version of every deployed process. */
  private Set<String> userTasksOfEveryProcess() {
    Set<String> keys = new TreeSet<>();
    for (ProcessDefinition d : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list()) {
      engine.getRepositoryService().getBpmnModelInstance(d.getId()).getModelElementsByType(UserTask.class)
          .forEach(t -> keys.add(t.getId()));
    }
    return keys;
  }

  private void acceptedUpToEvidence(String code, String category, String conduct) {
    step("tiepnhan", code, "classifyCase", Map.of("category", category, "conductCode", conduct, "intakeDecision", "ACCEPT"),
        "assignInvestigator");
    step("lanhdao", code, "assignInvestigator", Map.of("investigatorId", "xacminh"), "planInvestigation");
    step("xacminh", code, "planInvestigation", Map.of("investigationPlan",
        "Làm việc với cán bộ bị phản ánh và người làm chứng; trích xuất camera bộ phận một cửa."), "recordExplanation");
    step("xacminh", code, "recordExplanation", Map.of("explanationReceived", "RECEIVED",
        "explanationSummary", "Cán bộ thừa nhận có lớn tiếng với người dân do quá tải hồ sơ cuối ngày."), "gatherEvidence");
  }

  /** A founded denunciation (the resolution period extended once) whose discipline waits at the review meeting. */
  private String disciplineAtReviewMeeting(String badge) {
    String code = disciplineAtPostponement(badge);
    step("hoidong", code, "checkPostponement", Map.of("postponementReason", "NONE"), "reviewMeeting");
    return code;
  }

  /** A founded denunciation (the resolution period extended once) whose discipline asks whether it must wait. */
  private String disciplineAtPostponement(String badge) {
    String code = submit(complaint(badge)).trackingCode();
    acceptedUpToEvidence(code, "TO_CAO", "B02");
    step("xacminh", code, "gatherEvidence", Map.of("evidenceSummary", "Cần giám định chữ ký trên biên nhận hồ sơ của người dân.",
        "evidenceNextStep", "REQUEST_EXTENSION", "extensionComplexity", "COMPLEX",
        "extensionReason", "Chờ kết quả giám định chữ ký của cơ quan chuyên môn."), "approveExtension");
    step("lanhdao", code, "approveExtension", Map.of("extensionDecision", "APPROVE"), "gatherEvidence");
    step("xacminh", code, "gatherEvidence", Map.of("evidenceSummary", "Kết quả giám định và lời khai của hai người dân có mặt.",
        "evidenceNextStep", "CONCLUDE"), "draftConclusion");
    step("xacminh", code, "draftConclusion", Map.of("conclusion", "FOUNDED",
        "findings", "Có căn cứ xác định cán bộ có thái độ thiếu tôn trọng người dân.", "recommendation", "DISCIPLINE"),
        "approveConclusion");
    step("lanhdao", code, "approveConclusion", Map.of("approvalDecision", "APPROVE"), "checkPostponement");
    return code;
  }

  private String recommended(String code) {
    return (String) engine.getRuntimeService().getVariable(called(code, "discipline").getId(), "recommendedSanction");
  }

  private Map<String, String> summons(String day) {
    return Map.of("councilMeetingDate", day, "councilMeetingTime", "08:30", "councilMeetingPlace", "Phòng họp số 2, Sở Nội vụ");
  }

  @Test
  void everyUserTaskOfEveryProcessCompletesAsTasklistSubmitsIt() {
    now("2026-11-26T10:00:00+07:00");

    // an anonymous letter: accepted for an internal inspection only
    String anonymous = submit(report(ReportType.COMPLAINT, "VH000126",
        "Cán bộ một cửa thường xuyên đi muộn, để người dân chờ đợi lâu.", true)).trackingCode();
    step("tiepnhan", anonymous, "classifyCase", Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"),
        "internalInspection");
    step("xacminh", anonymous, "internalInspection", Map.of("inspectionResult", "CONFIRMED",
        "inspectionNotes", "Kiểm tra sổ theo dõi giờ làm việc: có đi muộn 3 lần, đã nhắc nhở."), null);

    // a founded denunciation: extension, discipline with a council, the decision, its receipt, an appeal
    String denunciation = disciplineAtReviewMeeting("VH000111");
    step("hoidong", denunciation, "reviewMeeting", Map.of("reviewMeetingDate", today(),
        "reviewMinutes", "Cán bộ tự kiểm điểm, nhận khuyết điểm; tập thể đề nghị hình thức khiển trách."), "summonCouncil");
    String sanction = recommended(denunciation);
    step("hoidong", denunciation, "summonCouncil", summons(day(calendar.addWorkingDays(clock.today(), 7))), "holdCouncil");
    step("hoidong", denunciation, "holdCouncil", Map.of("officialAttended", "YES", "councilRecommendation", sanction,
        "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị."), "decideDiscipline");
    step("admin", denunciation, "decideDiscipline", Map.of("sanction", sanction, "decisionNumber", "125/QĐ-UBND",
        "decisionDate", today()), "recordDecisionReceipt");
    long id = cases.getByTrackingCode(denunciation).id();
    assertThat(jdbc.sql("SELECT decision_date FROM discipline_register WHERE case_id = :id").param("id", id)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 11, 26));
    now("2026-11-30T09:00:00+07:00");
    step("hoidong", denunciation, "recordDecisionReceipt", Map.of("decisionReceivedOn", "27/11/2026"), null);
    // 27/11 + 15 days = Saturday 12/12: the period ends on Monday 14/12 (BLDS 2015 Điều 148 khoản 5)
    assertThat(jdbc.sql("SELECT appeal_due_on FROM discipline_register WHERE case_id = :id").param("id", id)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 12, 14));
    engine.getRuntimeService().createMessageCorrelation("disciplineAppealed").processInstanceBusinessKey(denunciation).correlate();
    assertThat(openTasks(denunciation)).contains("reviewAppeal");
    step("lanhdao", denunciation, "reviewAppeal", Map.of("appealOutcome", "UPHELD",
        "appealResponse", "Quyết định đúng thẩm quyền, đúng trình tự, thủ tục."), null);

    // a complaint: the dialogue before the conclusion
    now("2026-11-26T10:00:00+07:00");
    String complaint = submit(complaint("VH000114")).trackingCode();
    acceptedUpToEvidence(complaint, "KHIEU_NAI", "A02");
    step("xacminh", complaint, "gatherEvidence", Map.of("evidenceSummary",
        "Trích xuất camera quầy tiếp nhận và lời khai của hai người dân có mặt.", "evidenceNextStep", "CONCLUDE"), "holdDialogue");
    step("xacminh", complaint, "holdDialogue", Map.of("dialogueDate", today(),
        "dialogueSummary", "Hai bên trình bày, thống nhất nội dung biên bản đối thoại."), "draftConclusion");

    // a praise: proposal, review, the decision and the register
    String praise = submit(report(ReportType.PRAISE, "VH000124",
        "Chị cán bộ hướng dẫn tận tình, giải quyết hồ sơ trước hạn, được nhiều người khen.", false)).trackingCode();
    step("tiepnhan", praise, "classifyCase", Map.of("category", "KHEN_NGOI", "conductCode", "P01", "intakeDecision", "ACCEPT"),
        "proposeCommendation");
    step("admin", praise, "proposeCommendation", Map.of("award", "BANG_KHEN",
        "achievement", "Hướng dẫn tận tình, giải quyết hồ sơ trước hạn, được nhiều người dân khen ngợi."), "reviewCommendation");
    step("thidua", praise, "reviewCommendation", Map.of("commendationReview", "ENDORSE"), "approveCommendation");
    step("lanhdao", praise, "approveCommendation", Map.of("commendationDecision", "APPROVE",
        "commendationDecisionNumber", "87/QĐ-UBND", "commendationDecisionDate", today()), null);
    assertThat(jdbc.sql("SELECT decision_date FROM commendation_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(praise).id()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 11, 26));

    // a denunciation left past its resolution period: the superior directs, the resolver reports
    now("2026-01-05T09:00:00+07:00");
    String overdue = registered(reports.submitByStaff(new vn.gov.vhcv.desk.intake.StaffCaseRequest(complaint("VH000118"),
        Channel.PAPER, OffsetDateTime.parse("2026-01-05T08:00:00+07:00")), null, "tiepnhan")).trackingCode();
    acceptedUpToEvidence(overdue, "TO_CAO", "C05");
    assertThat(clocks.find(cases.getByTrackingCode(overdue).id(), ClockKind.RESOLUTION).orElseThrow().dueOn())
        .isEqualTo(LocalDate.of(2026, 2, 4));
    now("2026-02-05T08:00:00+07:00");
    runCaseJobs(overdue);
    assertThat(openTasks(overdue)).contains("directOverdueCase", "gatherEvidence");
    step("lanhdao", overdue, "directOverdueCase", Map.of("directive", "Yêu cầu báo cáo lý do chậm giải quyết tố cáo."),
        "reportToSuperior");
    step("xacminh", overdue, "reportToSuperior", Map.of("progressReport",
        "Đã xác minh 2/3 nội dung; chậm do người làm chứng đi vắng, dự kiến kết luận ngày 20/2."), "gatherEvidence");

    assertThat(userTasksOfEveryProcess()).hasSize(22);
    Set<String> never = new TreeSet<>(userTasksOfEveryProcess());
    never.removeAll(completed);
    assertThat(never).as("user tasks this test never completed through their form").isEmpty();
  }

  /** A discipline case at the summons of the council, its review meeting held today. */
  private String atSummons(String badge) {
    now("2026-11-26T10:00:00+07:00");
    String code = disciplineAtReviewMeeting(badge);
    step("hoidong", code, "reviewMeeting", Map.of("reviewMeetingDate", today(),
        "reviewMinutes", "Cán bộ tự kiểm điểm, nhận khuyết điểm; tập thể đề nghị hình thức khiển trách."), "summonCouncil");
    return code;
  }

  /** The message of an error answer, as Tasklist shows it to the user. */
  private static String shownMessage(TasklistForms.Submission s) {
    try {
      return TasklistForms.JSON.readTree(s.body()).path("message").asText();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("not a JSON answer: " + s.body(), e);
    }
  }

  private void refused(String user, String code, String taskKey, Map<String, ?> typed, String... message) {
    String taskId = tasklist.taskId(user, code, taskKey);
    Map<String, Object> before = engine.getRuntimeService().getVariables(
        engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId());
    long events = jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(Long.class).single();
    TasklistForms.Submission s = tasklist.submit(user, taskId, typed);
    assertThat(s.status()).as("%s submits %s with %s: %s", user, taskKey, s.sent(), s.body()).isEqualTo(400);
    // the message Tasklist shows is the step's Vietnamese reason alone, not Camunda's "Cannot submit task form …: "
    assertThat(shownMessage(s)).contains(message).doesNotContain("Cannot", taskId);
    // nothing changed: the same task waits, no variable and no line of the case's trail was written
    assertThat(tasklist.taskId(user, code, taskKey)).isEqualTo(taskId);
    assertThat(engine.getRuntimeService().getVariables(
        engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId())).isEqualTo(before);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_event WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(Long.class).single()).isEqualTo(events);
  }

  @Test
  void councilMeetingTooEarlyAfterTheDeadlineOrNotInTheCalendarIsRefusedInVietnamese() {
    String code = atSummons("VH000113");
    long id = cases.getByTrackingCode(code).id();
    LocalDate due = clocks.find(id, ClockKind.DISCIPLINE).orElseThrow().dueOn();
    assertThat(due).isEqualTo(LocalDate.of(2027, 2, 24));
    // Thu 26/11/2026 + 7 working days = Mon 07/12/2026; typed as Vietnamese write it, 04/12 is the 4th of December
    refused("hoidong", code, "summonCouncil", summons("04/12/2026"), "ít nhất 7 ngày làm việc", "07/12/2026");
    refused("hoidong", code, "summonCouncil", summons("25/02/2027"), "sau hạn xử lý kỷ luật (24/02/2027)");
    refused("hoidong", code, "summonCouncil", summons("31/02/2027"), "không có thật", "chỉ có 28 ngày");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE case_id = :id AND kind = 'COUNCIL_SUMMONS'")
        .param("id", id).query(Integer.class).single()).isZero();
    step("hoidong", code, "summonCouncil", summons("07/12/2026"), "holdCouncil");
    assertThat(engine.getRuntimeService().getVariable(called(code, "discipline").getId(), "councilMeetingDue"))
        .isEqualTo(clock.endOf(LocalDate.of(2026, 12, 7)));
  }

  @Test
  void postponementTypedAsVietnameseWriteItWaitsUntilThatDay() {
    now("2026-11-26T10:00:00+07:00");
    String code = disciplineAtPostponement("VH000129");
    refused("hoidong", code, "checkPostponement", Map.of("postponementReason", "MATERNITY", "postponedUntil", "30/02/2027"),
        "không có thật", "chỉ có 28 ngày");
    refused("hoidong", code, "checkPostponement", Map.of("postponementReason", "MATERNITY", "postponedUntil", "26/11/2026"),
        "sau ngày hôm nay");
    // 01/03/2027 is the first of March (a date picker reading mm/dd would have waited until the third of January)
    step("hoidong", code, "checkPostponement", Map.of("postponementReason", "MATERNITY", "postponedUntil", "01/03/2027"), null);
    var sub = called(code, "discipline");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "limitationPausedDays")).isEqualTo(95L);
    now("2027-03-01T10:00:00+07:00");
    runCaseJobs(code);
    assertThat(openTasks(code)).doesNotContain("checkPostponement");
    now("2027-03-02T10:00:00+07:00");
    runCaseJobs(code);
    // asked again: the stored day comes back into the form as the user typed it, not as Camunda's ISO timestamp
    String again = tasklist.taskId("hoidong", code, "checkPostponement");
    var loaded = tasklist.get("hoidong", "/engine-rest/task/" + again + "/form-variables?deserializeValues=false");
    assertThat(loaded.path("postponedUntil").path("value").asText()).isEqualTo("01/03/2027");
    assertThat(loaded.path("postponedUntil").path("type").asText()).isEqualTo("String");
    // shown in the field (a reason chosen again), it passes the form's dd/mm/yyyy pattern and is read as that day
    refused("hoidong", code, "checkPostponement", Map.of("postponementReason", "MATERNITY"),
        "Phải ghi ngày hết thời gian chưa xem xét kỷ luật, sau ngày hôm nay");
    // the stored day is still a date for the desk's steps
    assertThat(engine.getRuntimeService().getVariable(called(code, "discipline").getId(), "postponedUntil"))
        .isEqualTo(clock.endOf(LocalDate.of(2027, 3, 1)));
    // with the stored day loaded into the hidden field, which Tasklist does not send
    step("hoidong", code, "checkPostponement", Map.of("postponementReason", "NONE"), "reviewMeeting");
  }

  @Test
  void disciplineDecisionDatedInTheFutureIsRefusedInVietnamese() {
    String code = atSummons("VH000110");
    String sanction = recommended(code);
    step("hoidong", code, "summonCouncil", summons(day(calendar.addWorkingDays(clock.today(), 7))), "holdCouncil");
    step("hoidong", code, "holdCouncil", Map.of("officialAttended", "YES", "councilRecommendation", sanction,
        "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị."), "decideDiscipline");
    Map<String, String> decision = new java.util.HashMap<>(Map.of("sanction", sanction, "decisionNumber", "125/QĐ-UBND"));
    decision.put("decisionDate", "27/11/2026");
    refused("lanhdao", code, "decideDiscipline", decision, "Ngày quyết định (27/11/2026) không thể sau hôm nay (26/11/2026)");
    // the whole message is the reason (Tasklist, which calls the same resources, shows it as it comes)
    TasklistForms.Submission again = tasklist.submit("lanhdao", tasklist.taskId("lanhdao", code, "decideDiscipline"), decision);
    assertThat(shownMessage(again)).isEqualTo("Ngày quyết định (27/11/2026) không thể sau hôm nay (26/11/2026)");
    decision.put("decisionDate", "25/11/2026");
    refused("lanhdao", code, "decideDiscipline", decision, "không thể trước ngày họp kiểm điểm (26/11/2026)");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM discipline_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(Integer.class).single()).isZero();
    decision.put("decisionDate", "26/11/2026");
    step("lanhdao", code, "decideDiscipline", decision, "recordDecisionReceipt");
    refused("hoidong", code, "recordDecisionReceipt", Map.of("decisionReceivedOn", "25/11/2026"),
        "không thể trước ngày ký quyết định (26/11/2026)");
  }
}
