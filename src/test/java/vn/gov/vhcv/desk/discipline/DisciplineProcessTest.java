package vn.gov.vhcv.desk.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.ClockWatchSignals;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/** Every path of processes/discipline.bpmn (NĐ 172/2025), through the engine as the demo users. */
class DisciplineProcessTest extends CaseScenarios {

  @Autowired CaseRepository cases;
  @Autowired CaseHistory history;
  @Autowired AuditLog audit;
  @Autowired Outbox outbox;
  @Autowired WorkingCalendar calendar;
  @Autowired DeskClock clock;
  @Autowired CaseClocks clocks;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void fixedClock() {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-26T10:00:00+07:00").toInstant()));
  }

  private void moveClockTo(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(10, 0).atZone(clock.zone()).toInstant()));
  }

  static ReportRequest about(String badge) {
    return about(badge, LocalDate.of(2026, 11, 16));
  }

  static ReportRequest about(String badge, LocalDate occurredOn) {
    return new ReportRequest(ReportType.COMPLAINT, "Cán bộ quát nạt người dân tại bộ phận một cửa, không hướng dẫn.",
        occurredOn, new ReportRequest.OfficialRef(badge, null, null), null, false,
        new ReportRequest.ComplainantData("Nguyễn Văn An", "0912345678", "an@example.com", "12 Lê Lợi"));
  }

  /** A founded denunciation with a discipline recommendation; the discipline process is running. */
  private String disciplineCase(String badge, String conduct) {
    return disciplineCase(badge, conduct, LocalDate.of(2026, 11, 16));
  }

  private String disciplineCase(String badge, String conduct, LocalDate occurredOn) {
    String code = submit(about(badge, occurredOn)).trackingCode();
    accept(code, "TO_CAO", conduct);
    investigate(code, conclusion("FOUNDED", "DISCIPLINE"));
    assertThat(mainInstance(code)).isWaitingAt("disciplineOfficial");
    return code;
  }

  /**
   * A case whose discipline was decided by a leader with the recommended sanction and registered; the official
   * may have other cases in this class, so whatever sanction is recommended is followed.
   */
  private String decidedAsRecommended(String badge) {
    return decidedAsRecommended(badge, LocalDate.of(2026, 11, 16));
  }

  private String decidedAsRecommended(String badge, LocalDate occurredOn) {
    String code = disciplineCase(badge, "B02", occurredOn);
    var sub = called(code, "discipline");
    notPostponed(code);
    String sanction = (String) engine.getRuntimeService().getVariable(sub.getId(), "recommendedSanction");
    reviewMeeting(code);
    council(code, sanction);
    completeAs("lanhdao", code, decision(sanction));
    runCaseJobs(code);
    return code;
  }

  private void notPostponed(String code) {
    completeAs("hoidong", code, Map.of("postponementReason", "NONE"));
  }

  private void reviewMeeting(String code) {
    completeAs("hoidong", code, Map.of("reviewMeetingDate", ClockUtil.getCurrentTime(),
        "reviewMinutes", "Cán bộ tự nhận khuyết điểm, tập thể đề nghị kỷ luật khiển trách."));
  }

  private static Map<String, Object> summons(Date day) {
    return Map.of("councilMeetingDate", day, "councilMeetingTime", "08:30",
        "councilMeetingPlace", "Phòng họp số 2, Sở Nội vụ");
  }

  private Date meetingDay() {
    return clock.endOf(calendar.addWorkingDays(clock.today(), 7));
  }

  private void council(String code, String recommendation) {
    completeAs("hoidong", code, summons(meetingDay()));
    completeAs("hoidong", code, Map.of("officialAttended", "YES", "councilRecommendation", recommendation,
        "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị."));
  }

  private Map<String, Object> decision(String sanction) {
    return vars("sanction", sanction, "decisionNumber", "125/QĐ-UBND", "decisionDate", ClockUtil.getCurrentTime());
  }

  @Test
  void denunciationFoundedLeadsToReprimandRegisteredAndNotified() {
    String code = disciplineCase("VH000106", "B02");
    var sub = called(code, "discipline");
    // the denouncer learns of the conclusion now, not months later with the discipline's result
    long caseId = cases.getByTrackingCode(code).id();
    assertThat(mainInstance(code)).hasPassed("notifyConclusion");
    assertThat(outbox.forCase(caseId).stream().filter(n -> n.kind().equals("CONCLUSION")))
        .singleElement().satisfies(n -> {
          assertThat(n.recipient()).isEqualTo("an@example.com");
          assertThat(n.body()).contains("đã có kết luận", "Phản ánh đúng (có cơ sở)", "xem xét xử lý kỷ luật")
              .doesNotContain("Khiển trách", "VH000106");
        });
    assertThat(history.publicEntries(caseId)).extracting(CaseHistory.Entry::message)
        .anyMatch(m -> m.startsWith("Kết luận: Phản ánh đúng (có cơ sở)"));
    assertThat(sub).hasPassed("loadDisciplineFacts", "checkLimitation").isWaitingAt("checkPostponement")
        .task().hasCandidateGroup("hoi-dong-ky-luat.ubnd-tinh");
    notPostponed(code);
    assertThat(sub).isWaitingAt("reviewMeeting");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "recommendedSanction")).isEqualTo("KHIEN_TRACH");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "councilRequired")).isEqualTo(true);
    reviewMeeting(code);
    assertThat(sub).isWaitingAt("summonCouncil");
    council(code, "KHIEN_TRACH");
    assertThat(sub).isWaitingAt("decideDiscipline").task().hasCandidateGroup("lanh-dao.ubnd-tinh");
    completeAs("lanhdao", code, decision("KHIEN_TRACH"));
    runCaseJobs(code);
    assertThat(sub).hasPassed("registerDiscipline", "flagRepeatOffender").isWaitingAt("recordDecisionReceipt")
        .task().hasCandidateGroup("hoi-dong-ky-luat.ubnd-tinh");

    long id = cases.getByTrackingCode(code).id();
    var row = jdbc.sql("SELECT sanction, decision_number, appeal_due_on FROM discipline_register WHERE case_id = :id")
        .param("id", id).query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)}).single();
    assertThat(row[0]).isEqualTo("KHIEN_TRACH");
    assertThat(row[1]).isEqualTo("125/QĐ-UBND");
    // until the official has received the decision, the earliest end of the appeal period
    assertThat(row[2]).isEqualTo(LocalDate.of(2026, 12, 11));
    var officialNotice = jdbc.sql("SELECT body FROM notification_outbox WHERE case_id = :id AND kind = 'DISCIPLINE_DECISION' AND recipient <> 'an@example.com'")
        .param("id", id).query(String.class).single();
    assertThat(officialNotice).contains("15 ngày kể từ ngày nhận được quyết định").contains("Khiển trách")
        .doesNotContain("Nguyễn Văn An");
    var complainantNotice = jdbc.sql("SELECT body FROM notification_outbox WHERE case_id = :id AND kind = 'DISCIPLINE_RESULT' AND recipient = 'an@example.com'")
        .param("id", id).query(String.class).single();
    assertThat(complainantNotice).contains("xử lý kỷ luật theo quy định").doesNotContain("Khiển trách").doesNotContain("125/QĐ");

    // the decision (26/11) reached the official on 30/11: 15 days from then, not from the signature
    moveClockTo(LocalDate.of(2026, 12, 1));
    completeAs("hoidong", code, Map.of("decisionReceivedOn", "2026-11-30"));
    assertThat(sub).isWaitingAt("appealGateway");
    assertThat(jdbc.sql("SELECT appeal_due_on FROM discipline_register WHERE case_id = :id").param("id", id)
        .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 12, 15));
    assertThat(history.allEntries(id)).extracting(CaseHistory.Entry::message)
        .contains("Cán bộ nhận quyết định kỷ luật ngày 30/11/2026; thời hạn khiếu nại đến hết ngày 15/12/2026");
    moveClockTo(LocalDate.of(2026, 12, 12));
    runCaseJobs(code);
    assertThat(sub).isWaitingAt("appealGateway");
    moveClockTo(LocalDate.of(2026, 12, 16));
    runCaseJobs(code);
    assertThat(sub).hasPassed("disciplineFinal").isEnded();
    runCaseJobs(code);
    assertThat(mainInstance(code)).isNull();
    assertThat(cases.getByTrackingCode(code).status().name()).isEqualTo("RESOLVED");
  }

  @Test
  void breachOlderThanFiveYearsCannotBeDisciplined() {
    String code = submit(about("VH000117")).trackingCode();
    jdbc.sql("UPDATE report_case SET occurred_on = :d WHERE tracking_code = :c").param("d", LocalDate.of(2021, 11, 1))
        .param("c", code).update();
    accept(code, "TO_CAO", "B02");
    investigate(code, conclusion("FOUNDED", "DISCIPLINE"));
    assertThat(called(code, "discipline")).isNull();
    assertThat(mainInstance(code)).hasPassed("disciplineOfficial").isWaitingAt("notifyResult");
    long id = cases.getByTrackingCode(code).id();
    assertThat(audit.count(id, "DISCIPLINE_TIME_BARRED")).isEqualTo(1);
    assertThat(history.allEntries(id)).extracting(CaseHistory.Entry::message).anyMatch(m -> m.contains("hết thời hiệu") && m.contains("5 năm"));
  }

  @Test
  void seriousBreachSixYearsAgoIsStillWithinTheTenYearLimitation() {
    String code = submit(about("VH000119")).trackingCode();
    jdbc.sql("UPDATE report_case SET occurred_on = :d WHERE tracking_code = :c").param("d", LocalDate.of(2020, 11, 1))
        .param("c", code).update();
    accept(code, "TO_CAO", "B03");
    investigate(code, conclusion("FOUNDED", "DISCIPLINE"));
    assertThat(called(code, "discipline")).isWaitingAt("checkPostponement");
  }

  @Test
  void officialOnMaternityLeaveWaitsAndTheWaitDoesNotCountTowardsTheLimitation() {
    String code = disciplineCase("VH000130", "B02");
    assertThatThrownBy(() -> completeAs("hoidong", code, Map.of("postponementReason", "MATERNITY")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ngày hết thời gian");
    completeAs("hoidong", code, Map.of("postponementReason", "MATERNITY",
        "postponedUntil", clock.endOf(LocalDate.of(2027, 3, 1))));
    var sub = called(code, "discipline");
    assertThat(sub).isWaitingAt("waitPostponement");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "limitationPausedDays")).isEqualTo(95L);
    // the handling time stands still too
    long id = cases.getByTrackingCode(code).id();
    CaseClock handling = clocks.find(id, ClockKind.DISCIPLINE).orElseThrow();
    assertThat(handling.state()).isEqualTo(SlaState.PAUSED);
    assertThat(clocks.pauses(handling.id())).singleElement().satisfies(p -> assertThat(p.reason())
        .contains("01/03/2027").contains("nghỉ thai sản"));
    runCaseJobs(code);
    assertThat(sub).isWaitingAt("waitPostponement");
    moveClockTo(LocalDate.of(2027, 3, 2));
    runCaseJobs(code);
    assertThat(sub).isWaitingAt("checkPostponement");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "limitationEndsText")).isEqualTo("19/02/2032");
    // 90 days from 26/11/2026 plus the 96 days it stood still (26/11/2026 to 02/03/2027): 31/05/2027
    handling = clocks.find(id, ClockKind.DISCIPLINE).orElseThrow();
    assertThat(handling.state()).isEqualTo(SlaState.ON_TRACK);
    assertThat(handling.dueOn()).isEqualTo(LocalDate.of(2027, 5, 31));
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "disciplineDueText")).isEqualTo("31/05/2027");
    notPostponed(code);
    assertThat(sub).isWaitingAt("reviewMeeting");
  }

  @Test
  void disciplineRunsOnItsOwnNinetyDayClockFromTheApprovedConclusionToTheDecision() {
    String code = disciplineCase("VH000112", "B02");
    long id = cases.getByTrackingCode(code).id();
    // the approved conclusion ends the resolution period (Luật Tố cáo Điều 30, 35); the handling period starts
    assertThat(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().state()).isEqualTo(SlaState.MET);
    CaseClock handling = clocks.find(id, ClockKind.DISCIPLINE).orElseThrow();
    assertThat(handling.startedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
    assertThat(handling.dueOn()).isEqualTo(LocalDate.of(2027, 2, 24));
    assertThat(handling.state()).isEqualTo(SlaState.ON_TRACK);
    assertThat(handling.legalBasis()).contains("NĐ 172/2025").contains("90 ngày");
    assertThat(watchOf(code, handling)).isNotNull();
    var sub = called(code, "discipline");
    assertThat(sub).hasPassed("runDisciplineClock").isWaitingAt("checkPostponement");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "disciplineDueText")).isEqualTo("24/02/2027");

    notPostponed(code);
    // two days before the deadline a step of three working days is due on the deadline, not after it
    moveClockTo(LocalDate.of(2027, 2, 22));
    reviewMeeting(code);
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("summonCouncil");
    assertThat(task(code).getDueDate()).isEqualTo(clock.endOf(LocalDate.of(2027, 2, 24)));
    // the council cannot meet 7 working days from now within the period: it is extended before the summons
    assertThatThrownBy(() -> completeAs("hoidong", code, summons(meetingDay())))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("sau hạn xử lý kỷ luật (24/02/2027)");
    String url = "/api/cases/" + code + "/clocks/DISCIPLINE/extensions";
    assertThat(post(url, "hoidong", """
        {"days":30,"reason":"Hội đồng kỷ luật cần đủ 7 ngày làm việc để triệu tập.","complexity":"COMPLEX"}""")
        .getStatusCode().value()).isEqualTo(201);
    long extensionId = clocks.extensions(clocks.find(id, ClockKind.DISCIPLINE).orElseThrow().id()).get(0).id();
    assertThat(post(url + "/" + extensionId + "/approve", "lanhdao", """
        {"decisionNo":"46/QĐ-UBND"}""").getStatusCode().value()).isEqualTo(200);
    council(code, "KHIEN_TRACH");
    completeAs("lanhdao", code, decision("KHIEN_TRACH"));

    handling = clocks.find(id, ClockKind.DISCIPLINE).orElseThrow();
    assertThat(handling.state()).isEqualTo(SlaState.MET);
    assertThat(handling.completedAt()).isNotNull();
    runCaseJobs(code);
    assertThat(watchOf(code, handling)).isNull();
    assertThat(outbox.countFor(id, NoticeKind.DEADLINE_OVERDUE)).isZero();
  }

  @Test
  void disciplineNotDecidedWithinNinetyDaysIsOverdueAndEscalatesOneLevelUp() {
    String code = disciplineCase("VH000115", "B02");
    long id = cases.getByTrackingCode(code).id();
    notPostponed(code);
    moveClockTo(LocalDate.of(2027, 2, 25));
    runCaseJobs(code);
    assertThat(clocks.find(id, ClockKind.DISCIPLINE).orElseThrow().state()).isEqualTo(SlaState.OVERDUE);
    assertThat(outbox.forCase(id).stream().filter(n -> n.kind().equals("DEADLINE_OVERDUE")))
        .isNotEmpty().allSatisfy(n -> assertThat(n.subject()).contains("hạn xử lý kỷ luật"));
    // one directive task for the superior, for the discipline clock only: the resolution clock was met at the conclusion
    var directives = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey("directOverdueCase").list();
    assertThat(directives).hasSize(1);
    assertThat(called(code, "discipline")).isWaitingAt("reviewMeeting");
  }

  @Test
  void councilAsksAndALeaderExtendsTheHandlingTimeToAtMostOneHundredFiftyDays() {
    String code = disciplineCase("VH000108", "B02");
    long id = cases.getByTrackingCode(code).id();
    notPostponed(code);
    String url = "/api/cases/" + code + "/clocks/DISCIPLINE/extensions";
    assertThat(post(url, "hoidong", """
        {"days":61,"reason":"Cần thanh tra, xác minh thêm hồ sơ đất đai.","complexity":"COMPLEX"}""").getStatusCode().value())
        .isEqualTo(400);
    ResponseEntity<String> asked = post(url, "hoidong", """
        {"days":60,"reason":"Cần thanh tra, xác minh thêm hồ sơ đất đai.","complexity":"COMPLEX"}""");
    assertThat(asked.getStatusCode().value()).isEqualTo(201);
    assertThat(clocks.find(id, ClockKind.DISCIPLINE).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 2, 24));
    long extensionId = clocks.extensions(clocks.find(id, ClockKind.DISCIPLINE).orElseThrow().id()).get(0).id();
    assertThat(post(url + "/" + extensionId + "/approve", "lanhdao", """
        {"decisionNo":"45/QĐ-UBND"}""").getStatusCode().value()).isEqualTo(200);
    // 150 days from 26/11/2026 is Sunday 25/04/2027: the period ends on the next working day (BLDS Điều 148)
    assertThat(clocks.find(id, ClockKind.DISCIPLINE).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2027, 4, 26));
    var sub = called(code, "discipline");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "disciplineDueText")).isEqualTo("26/04/2027");
    assertThat(post(url, "hoidong", """
        {"days":10,"reason":"Xin gia hạn thêm lần thứ hai để xác minh.","complexity":"COMPLEX"}""").getStatusCode().value())
        .isEqualTo(400);
  }

  private ProcessInstance watchOf(String code, CaseClock c) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ClockWatchSignals.PROCESS_KEY)
        .processInstanceBusinessKey(code).variableValueEquals(ClockWatchSignals.CLOCK_ID, c.id()).singleResult();
  }

  private ResponseEntity<String> post(String url, String user, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, "demo");
    return http.exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void cadreIsDecidedWithoutADisciplinaryCouncil() {
    String code = disciplineCase("VH000127", "B02");
    notPostponed(code);
    reviewMeeting(code);
    var sub = called(code, "discipline");
    assertThat(sub).hasNotPassed("summonCouncil").isWaitingAt("decideDiscipline");
    assertThatThrownBy(() -> completeAs("lanhdao", code, decision("BUOC_THOI_VIEC")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không áp dụng");
    completeAs("lanhdao", code, decision("KHIEN_TRACH"));
    runCaseJobs(code);
    assertThat(sub).isWaitingAt("recordDecisionReceipt");
  }

  @Test
  void dayOfReceiptBeforeTheDecisionOrInTheFutureIsRefused() {
    String code = decidedAsRecommended("VH000142");
    var sub = called(code, "discipline");
    assertThatThrownBy(() -> completeAs("hoidong", code, Map.of("decisionReceivedOn", "2026-11-25")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không thể trước ngày ký quyết định (26/11/2026)");
    assertThatThrownBy(() -> completeAs("hoidong", code, Map.of("decisionReceivedOn", "2026-11-27")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không thể sau hôm nay");
    assertThatThrownBy(() -> completeAs("hoidong", code, Map.of()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Chưa ghi ngày cán bộ nhận quyết định");
    // nothing changed: the task waits, the register keeps the earliest end of the appeal period
    assertThat(sub).isWaitingAt("recordDecisionReceipt");
    assertThat(jdbc.sql("SELECT appeal_due_on FROM discipline_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 12, 11));
    completeAs("hoidong", code, Map.of("decisionReceivedOn", "2026-11-26"));
    assertThat(sub).isWaitingAt("appealGateway");
  }

  @Test
  void appealPeriodThatWouldEndInTheNationalDayBreakEndsOnTheNextWorkingDay() {
    moveClockTo(LocalDate.of(2026, 8, 3));
    String code = decidedAsRecommended("VH000142", LocalDate.of(2026, 7, 20));
    moveClockTo(LocalDate.of(2026, 8, 17));
    completeAs("hoidong", code, Map.of("decisionReceivedOn", "2026-08-17"));
    // 17/8 + 15 days = 1/9, inside the Quốc khánh break (1/9 and 2/9/2026): BLDS 2015 Điều 148 khoản 5 → Thursday 3/9
    assertThat(jdbc.sql("SELECT appeal_due_on FROM discipline_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 9, 3));
  }

  @Test
  void officialAbsentTwiceIsJudgedInTheirAbsenceTheThirdTime() {
    String code = disciplineCase("VH000132", "B02");
    notPostponed(code);
    reviewMeeting(code);
    var sub = called(code, "discipline");
    for (int i = 1; i <= 2; i++) {
      completeAs("hoidong", code, summons(meetingDay()));
      completeAs("hoidong", code, Map.of("officialAttended", "NO"));
      assertThat(sub).isWaitingAt("summonCouncil");
      assertThat(engine.getRuntimeService().getVariable(sub.getId(), "councilAbsences")).isEqualTo(i);
    }
    completeAs("hoidong", code, summons(meetingDay()));
    completeAs("hoidong", code, Map.of("officialAttended", "NO", "councilRecommendation", "KHIEN_TRACH",
        "councilMinutes", "Họp vắng mặt lần thứ ba, 5/5 thành viên đồng ý."));
    assertThat(sub).isWaitingAt("decideDiscipline");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE case_id = :id AND kind = 'COUNCIL_SUMMONS'")
        .param("id", cases.getByTrackingCode(code).id()).query(Integer.class).single()).isEqualTo(3);
  }

  @Test
  void councilMeetingLessThanSevenWorkingDaysAfterTheSummonsIsRefused() {
    String code = disciplineCase("VH000134", "B02");
    notPostponed(code);
    reviewMeeting(code);
    // Thu 26/11/2026 + 7 working days = Mon 7/12/2026; Fri 4/12 is too early
    assertThatThrownBy(() -> completeAs("hoidong", code, summons(clock.endOf(LocalDate.of(2026, 12, 4)))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("7 ngày làm việc").hasMessageContaining("07/12/2026");
    assertThatThrownBy(() -> completeAs("hoidong", code, summons(clock.endOf(LocalDate.of(2026, 12, 12)))))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không phải ngày làm việc");
    completeAs("hoidong", code, summons(clock.endOf(LocalDate.of(2026, 12, 7))));
    assertThat(called(code, "discipline")).isWaitingAt("holdCouncil");
  }

  @Test
  void leaderMayDecideNoDisciplineWithAReason() {
    String code = disciplineCase("VH000137", "B02");
    notPostponed(code);
    reviewMeeting(code);
    council(code, "KHIEN_TRACH");
    assertThatThrownBy(() -> completeAs("lanhdao", code, Map.of("sanction", "NONE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("lý do");
    assertThatThrownBy(() -> completeAs("lanhdao", code, decision("CANH_CAO")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("nặng hơn");
    completeAs("lanhdao", code, Map.of("sanction", "NONE", "sanctionReason", "Vi phạm lần đầu, đã tự giác khắc phục hậu quả."));
    assertThat(called(code, "discipline")).isNull();
    assertThat(mainInstance(code)).isWaitingAt("notifyResult");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM discipline_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(Integer.class).single()).isZero();
  }

  @Test
  void memberWhoProposedTheSanctionCannotDecideIt() {
    staff("hoidonglanhdao", "hoi-dong-ky-luat,lanh-dao", "SO-NOI-VU", null);
    String code = disciplineCase("VH000140", "B02");
    notPostponed(code);
    completeAs("hoidonglanhdao", code, Map.of("reviewMeetingDate", ClockUtil.getCurrentTime(),
        "reviewMinutes", "Cán bộ tự nhận khuyết điểm, tập thể đề nghị khiển trách."));
    council(code, "KHIEN_TRACH");
    assertThatThrownBy(() -> completeAs("hoidonglanhdao", code, decision("KHIEN_TRACH")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("bốn mắt");
    // the refused attempt stays in the audit log though the step was rolled back
    assertThat(audit.count(cases.getByTrackingCode(code).id(), "FOUR_EYES_REFUSED")).isEqualTo(1);
    assertThat(called(code, "discipline")).isWaitingAt("decideDiscipline");
  }

  @Test
  void officialAppealsWithinFifteenDaysAndAnotherLeaderReviewsIt() {
    staff("lanhdao2", "lanh-dao", "UBND-TINH", null);
    String code = disciplineCase("VH000142", "B02");
    notPostponed(code);
    reviewMeeting(code);
    council(code, "KHIEN_TRACH");
    completeAs("lanhdao", code, decision("KHIEN_TRACH"));
    runCaseJobs(code);
    completeAs("hoidong", code, Map.of("decisionReceivedOn", "2026-11-26"));
    engine.getRuntimeService().createMessageCorrelation("disciplineAppealed").processInstanceBusinessKey(code).correlate();
    var sub = called(code, "discipline");
    assertThat(sub).isWaitingAt("reviewAppeal");
    assertThatThrownBy(() -> completeAs("lanhdao", code, Map.of("appealOutcome", "UPHELD",
        "appealResponse", "Quyết định đúng thẩm quyền, đúng trình tự.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không được tự giải quyết");
    completeAs("lanhdao2", code, Map.of("appealOutcome", "UPHELD", "appealResponse", "Quyết định đúng thẩm quyền, đúng trình tự."));
    assertThat(sub).hasPassed("appealResolved").isEnded();
    assertThat(jdbc.sql("SELECT appealed FROM discipline_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(Boolean.class).single()).isTrue();
  }

  @Test
  void officialWhoAppealsBeforeTheReceiptIsRecordedHasTheAppealReviewed() {
    staff("lanhdao2", "lanh-dao", "UBND-TINH", null);
    String code = decidedAsRecommended("VH000140");
    var sub = called(code, "discipline");
    assertThat(sub).isWaitingAt("recordDecisionReceipt");
    // the appeal itself shows the official has the decision: it is reviewed, the receipt step is left
    engine.getRuntimeService().createMessageCorrelation("disciplineAppealed").processInstanceBusinessKey(code).correlate();
    assertThat(sub).hasPassed("appealBeforeReceiptRecorded").isWaitingAt("reviewAppeal");
    completeAs("lanhdao2", code, Map.of("appealOutcome", "UPHELD", "appealResponse", "Quyết định đúng thẩm quyền, đúng trình tự."));
    assertThat(sub).hasPassed("appealResolved").isEnded();
    assertThat(jdbc.sql("SELECT appealed FROM discipline_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(code).id()).query(Boolean.class).single()).isTrue();
  }

  @Test
  void secondFoundedCaseWithinAYearFlagsARepeatOffenderAndWarnsMore() {
    String first = disciplineCase("VH000135", "B02");
    notPostponed(first);
    reviewMeeting(first);
    council(first, "KHIEN_TRACH");
    completeAs("lanhdao", first, decision("KHIEN_TRACH"));
    runCaseJobs(first);
    assertThat(audit.count(cases.getByTrackingCode(first).id(), "REPEAT_OFFENDER")).isZero();

    // a new breach after the reprimand, within its period of effect: one form heavier (NĐ 172/2025 Điều 2)
    moveClockTo(LocalDate.of(2026, 12, 10));
    String second = disciplineCase("VH000135", "B02", LocalDate.of(2026, 12, 8));
    var sub = called(second, "discipline");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "priorSanction")).isEqualTo("KHIEN_TRACH");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "servingDiscipline")).isEqualTo(true);
    notPostponed(second);
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "recommendedSanction")).isEqualTo("CANH_CAO");
    reviewMeeting(second);
    council(second, "CANH_CAO");
    completeAs("lanhdao", second, decision("CANH_CAO"));
    runCaseJobs(second);
    long id = cases.getByTrackingCode(second).id();
    assertThat(audit.count(id, "REPEAT_OFFENDER")).isEqualTo(1);
    assertThat(outbox.countFor(id, NoticeKind.REPEAT_OFFENDER)).isEqualTo(1);
    // to the official's unit, from its template, naming the official and how many founded reports
    assertThat(outbox.forCase(id).stream().filter(n -> n.kind().equals("REPEAT_OFFENDER")).findFirst().orElseThrow().body())
        .contains("Kính gửi lãnh đạo đơn vị", "phản ánh có cơ sở trong 12 tháng", second)
        .doesNotContain("Nguyễn Văn An", "0912345678");
  }

  /**
   * Tái phạm is a breach after an earlier discipline, not a second founded report: a công chức without a leadership
   * post and without any discipline on the register whose second founded report is a serious breach gets cảnh cáo
   * (NĐ 172/2025/NĐ-CP: "vi phạm lần đầu, gây hậu quả nghiêm trọng"), not buộc thôi việc. The count still warns the
   * leader.
   */
  @Test
  void secondFoundedSeriousReportWithoutAnEarlierDisciplineIsAWarningNotDismissal() {
    String first = submit(about("VH000117")).trackingCode();
    accept(first, "TO_CAO", "B03");
    investigate(first, conclusion("FOUNDED", "REMIND"));
    runCaseJobs(first);
    String second = disciplineCase("VH000117", "B03");
    var sub = called(second, "discipline");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "priorSanction")).isEqualTo("NONE");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "servingDiscipline")).isEqualTo(false);
    notPostponed(second);
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "recommendedSanction")).isEqualTo("CANH_CAO");
    assertThat((String) engine.getRuntimeService().getVariable(sub.getId(), "sanctionLegalBasis"))
        .contains("NĐ 172/2025/NĐ-CP", "cảnh cáo: vi phạm lần đầu, gây hậu quả nghiêm trọng");
    reviewMeeting(second);
    council(second, "CANH_CAO");
    completeAs("lanhdao", second, decision("CANH_CAO"));
    runCaseJobs(second);
    // the founded reports still raise the early warning to the leader
    assertThat(audit.count(cases.getByTrackingCode(second).id(), "REPEAT_OFFENDER")).isEqualTo(1);
  }

  /**
   * A cán bộ still under a cảnh cáo who commits a new serious breach is disciplined one form heavier: cách chức for
   * one approved or appointed to the post (NĐ 172/2025/NĐ-CP Điều 2), not cảnh cáo again.
   */
  @Test
  void cadreStillUnderAWarningWhoCommitsANewSeriousBreachIsRemovedFromThePost() {
    String first = disciplineCase("VH000129", "B03");
    var firstSub = called(first, "discipline");
    notPostponed(first);
    assertThat(engine.getRuntimeService().getVariable(firstSub.getId(), "recommendedSanction")).isEqualTo("CANH_CAO");
    reviewMeeting(first);
    completeAs("lanhdao", first, decision("CANH_CAO"));
    runCaseJobs(first);

    moveClockTo(LocalDate.of(2027, 1, 11));
    String second = disciplineCase("VH000129", "B03", LocalDate.of(2027, 1, 5));
    var sub = called(second, "discipline");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "priorSanction")).isEqualTo("CANH_CAO");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "servingDiscipline")).isEqualTo(true);
    notPostponed(second);
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "recommendedSanction")).isEqualTo("CACH_CHUC");
    assertThat((String) engine.getRuntimeService().getVariable(sub.getId(), "sanctionLegalBasis")).contains("Điều 2");
    reviewMeeting(second);
    assertThat(sub).isWaitingAt("decideDiscipline");
    completeAs("lanhdao", second, decision("CACH_CHUC"));
    runCaseJobs(second);
    assertThat(jdbc.sql("SELECT sanction FROM discipline_register WHERE case_id = :id")
        .param("id", cases.getByTrackingCode(second).id()).query(String.class).single()).isEqualTo("CACH_CHUC");
  }

  /**
   * The investigator proposes the breach's severity in the conclusion (suggested from the conduct code), the council
   * decides it: the code's level is not the law. A council may not recommend a form heavier than the table gives for
   * the severity it decided.
   */
  @Test
  void investigatorProposesTheSeverityAndTheCouncilDecidesIt() {
    String code = submit(about("VH000109")).trackingCode();
    accept(code, "TO_CAO", "B02");
    investigateUpToConclusion(code);
    // the conduct code's level is the suggestion, pre-filled in the form
    assertThat(engine.getTaskService().getVariable(task(code).getId(), "proposedSeverity")).isEqualTo("LESS_SERIOUS");
    assertThat(engine.getTaskService().getVariable(task(code).getId(), "suggestedSeverityText")).isEqualTo("Ít nghiêm trọng (mã B02)");
    assertThatThrownBy(() -> completeAs("xacminh", code, vars("conclusion", "FOUNDED", "findings",
        "Đã làm việc với các bên, đối chiếu hồ sơ và camera.", "recommendation", "DISCIPLINE", "proposedSeverity", "ESPECIALLY_SERIOUS")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("mức độ vi phạm");
    completeAs("xacminh", code, vars("conclusion", "FOUNDED", "findings", "Đã làm việc với các bên, đối chiếu hồ sơ và camera.",
        "recommendation", "DISCIPLINE", "proposedSeverity", "VERY_SERIOUS"));
    completeAs("lanhdao", code, Map.of("approvalDecision", "APPROVE"));
    var sub = called(code, "discipline");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "severity")).isEqualTo("VERY_SERIOUS");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "limitationYears")).isEqualTo(10);
    notPostponed(code);
    // a leader (VH000109 heads a unit) with a first very serious breach: cách chức
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "recommendedSanction")).isEqualTo("CACH_CHUC");
    reviewMeeting(code);
    completeAs("hoidong", code, summons(meetingDay()));
    // the council finds the breach serious only: the law gives cảnh cáo, so cách chức may not be recommended
    assertThatThrownBy(() -> completeAs("hoidong", code, Map.of("officialAttended", "YES", "councilSeverity", "SERIOUS",
        "councilRecommendation", "CACH_CHUC", "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("nặng hơn").hasMessageContaining("Cảnh cáo");
    completeAs("hoidong", code, Map.of("officialAttended", "YES", "councilSeverity", "SERIOUS",
        "councilRecommendation", "CANH_CAO", "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị."));
    assertThat(sub).isWaitingAt("decideDiscipline");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "severity")).isEqualTo("SERIOUS");
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "recommendedSanction")).isEqualTo("CANH_CAO");
  }

  /**
   * The limitation follows the form the breach warrants as the council decides it: a breach six years old that the
   * investigator proposed as serious (cảnh cáo, 10 years) but the council finds less serious (khiển trách) is past its
   * 5 years and cannot be disciplined.
   */
  @Test
  void breachTheCouncilFindsLessSeriousHasTheFiveYearLimitation() {
    String code = submit(about("VH000118")).trackingCode();
    jdbc.sql("UPDATE report_case SET occurred_on = :d WHERE tracking_code = :c").param("d", LocalDate.of(2020, 11, 1))
        .param("c", code).update();
    accept(code, "TO_CAO", "B03");
    investigate(code, conclusion("FOUNDED", "DISCIPLINE"));
    var sub = called(code, "discipline");
    assertThat(sub).isWaitingAt("checkPostponement");
    notPostponed(code);
    reviewMeeting(code);
    completeAs("hoidong", code, summons(meetingDay()));
    completeAs("hoidong", code, Map.of("officialAttended", "YES", "councilSeverity", "LESS_SERIOUS",
        "councilRecommendation", "KHIEN_TRACH", "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị."));
    assertThat(sub).hasPassed("recordTimeBarred", "disciplineTimeBarred").isEnded();
    long id = cases.getByTrackingCode(code).id();
    assertThat(audit.count(id, "DISCIPLINE_TIME_BARRED")).isEqualTo(1);
    assertThat(history.allEntries(id)).extracting(CaseHistory.Entry::message)
        .anyMatch(m -> m.contains("hết thời hiệu") && m.contains("5 năm") && m.contains("01/11/2025"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM discipline_register WHERE case_id = :id").param("id", id)
        .query(Integer.class).single()).isZero();
  }
}
