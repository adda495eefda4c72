package vn.gov.vhcv.desk.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/** Every path of processes/investigation.bpmn, as the demo users through the engine API. */
class InvestigationProcessTest extends CaseScenarios {

  @Autowired CaseRepository cases;
  @Autowired CaseHistory history;
  @Autowired AuditLog audit;
  @Autowired Outbox outbox;
  @Autowired CaseClocks clocks;
  @Autowired vn.gov.vhcv.desk.DeskClock clock;

  private String acceptedCase(String category, String conduct) {
    String code = submit(complaint()).trackingCode();
    accept(code, category, conduct);
    return code;
  }

  private void assignAndPlan(String code) {
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminh"));
    completeAs("xacminh", code, Map.of("investigationPlan", "Làm việc với cán bộ, thu thập trích xuất camera."));
    runCaseJobs(code);
  }

  private static Map<String, Object> evidence(String next, Object... more) {
    Map<String, Object> m = vars(more);
    m.put("evidenceSummary", "Trích xuất camera quầy số 3 và lời khai của hai người làm chứng.");
    m.put("evidenceNextStep", next);
    return m;
  }

  @Test
  void investigatorFromTheOfficialsOwnUnitIsRefusedRecordedAndCaseReassigned() {
    staff("xacminhsogd", "xac-minh", "SO-GD-DT", null);
    String code = acceptedCase("PHAN_ANH", "B02");
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminhsogd"));
    var sub = called(code, "investigation");
    assertThat(sub).hasPassed("investigatorClearedGateway").isWaitingAt("assignInvestigator");
    assertThat((String) engine.getRuntimeService().getVariable(sub.getId(), "conflictNote")).contains("cùng cơ quan");
    long id = cases.getByTrackingCode(code).id();
    assertThat(audit.count(id, "CONFLICT_OF_INTEREST")).isEqualTo(1);
    assertThat(history.allEntries(id)).extracting(CaseHistory.Entry::kind).contains("CONFLICT_OF_INTEREST");

    completeAs("lanhdao", code, Map.of("investigatorId", "xacminh"));
    assertThat(sub).isWaitingAt("planInvestigation").task().isAssignedTo("xacminh");
  }

  @Test
  void investigatorFromTheUnitAboveTheOfficialIsAConflict() {
    staff("xacminhtinh", "xac-minh", "UBND-TINH", null);
    String code = acceptedCase("PHAN_ANH", "B02");
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminhtinh"));
    var sub = called(code, "investigation");
    assertThat(sub).isWaitingAt("assignInvestigator");
    assertThat((String) engine.getRuntimeService().getVariable(sub.getId(), "conflictNote")).contains("cấp trên");
  }

  @Test
  void theReportedOfficialCannotBeChosenToInvestigateThemself() {
    staff("vh000120", "xac-minh", "THANH-TRA-TINH", "VH000120");
    String code = acceptedCase("PHAN_ANH", "B02");
    completeAs("lanhdao", code, Map.of("investigatorId", "vh000120"));
    var sub = called(code, "investigation");
    assertThat(sub).isWaitingAt("assignInvestigator");
    assertThat((String) engine.getRuntimeService().getVariable(sub.getId(), "conflictNote")).contains("chính là người bị phản ánh");
  }

  @Test
  void accountOutsideTheInvestigatorGroupCannotBeAssigned() {
    String code = acceptedCase("PHAN_ANH", "B02");
    assertThatThrownBy(() -> completeAs("lanhdao", code, Map.of("investigatorId", "thidua")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không thuộc nhóm Xác minh");
    assertThat(called(code, "investigation")).isWaitingAt("assignInvestigator");
  }

  @Test
  void anInvestigatorOfAnotherUnitIsNotOfferedAndCannotBeAssigned() {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("xacminhanbinh").count() == 0) {
      identity.saveUser(identity.newUser("xacminhanbinh"));
      identity.createMembership("xacminhanbinh", "xac-minh");
      identity.createMembership("xacminhanbinh", vn.gov.vhcv.desk.security.UnitScope.group("xac-minh", "P-AN-BINH"));
    }
    String code = acceptedCase("PHAN_ANH", "B02"); // the default complaint is handled by a provincial department
    String offered = (String) engine.getTaskService().getVariableLocal(task(code).getId(), "investigatorChoices");
    assertThat(offered).contains("xacminh — Phạm Minh Quân").doesNotContain("xacminhanbinh");
    assertThatThrownBy(() -> completeAs("lanhdao", code, Map.of("investigatorId", "xacminhanbinh")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không thuộc nhóm Xác minh của đơn vị")
        .hasMessageContaining("xacminh — Phạm Minh Quân");
    assertThat(called(code, "investigation")).isWaitingAt("assignInvestigator");
  }

  @Test
  void taskHandedOverToAConflictedInvestigatorCannotBeCompletedByThem() {
    staff("xacminhsogd", "xac-minh", "SO-GD-DT", null);
    String code = acceptedCase("PHAN_ANH", "B02");
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminh"));
    engine.getTaskService().setAssignee(task(code).getId(), "xacminhsogd");
    assertThatThrownBy(() -> completeAs("xacminhsogd", code,
        Map.of("investigationPlan", "Làm việc với cán bộ, thu thập trích xuất camera.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("xung đột lợi ích").hasMessageContaining("cùng cơ quan");
    assertThat(called(code, "investigation")).isWaitingAt("planInvestigation");
  }

  @Test
  void onlyTheAssignedInvestigatorCompletesTheirSteps() {
    staff("xacminhkhac", "xac-minh", "THANH-TRA-TINH", null);
    String code = acceptedCase("PHAN_ANH", "B02");
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminh"));
    engine.getTaskService().setAssignee(task(code).getId(), "xacminhkhac");
    assertThatThrownBy(() -> completeAs("xacminhkhac", code,
        Map.of("investigationPlan", "Làm việc với cán bộ, thu thập trích xuất camera.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Chỉ người được phân công xác minh (xacminh)");
  }

  @Test
  void explanationIsRequestedFromTheOfficialAndTheirUnitHeadWithADueDateAndNoComplainantData() {
    String code = acceptedCase("PHAN_ANH", "B02");
    assignAndPlan(code);
    var sub = called(code, "investigation");
    assertThat(sub).hasPassed("requestExplanation").isWaitingAt("recordExplanation");
    assertThat(task(code).getDueDate()).isNotNull();
    String due = (String) engine.getRuntimeService().getVariable(sub.getId(), "explanationDueText");
    long id = cases.getByTrackingCode(code).id();
    var notices = jdbc.sql("SELECT recipient, body FROM notification_outbox WHERE case_id = :id AND kind = 'EXPLANATION_REQUEST' ORDER BY id")
        .param("id", id).query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    assertThat(notices).hasSize(2);
    // the official himself (VH000120, from the template), and the other leader of Sở GD-ĐT (VH000121) as unit head
    assertThat(notices.get(0)[0]).isEqualTo("thanh.dinh@demo.vhcv.local");
    assertThat(notices.get(0)[1]).contains("Kính gửi ông/bà Đinh Công Thành", "B02", "giải trình", due);
    assertThat(notices.get(1)[0]).isEqualTo("thuy.nguyen@demo.vhcv.local");
    assertThat(notices.get(1)[1]).contains("Thủ trưởng", due);
    assertThat(notices).allSatisfy(n -> assertThat(n[1]).contains(code).doesNotContain("Nguyễn Văn An")
        .doesNotContain("0912345678").doesNotContain("an@example.com"));
  }

  @Test
  void officialWhoDoesNotExplainInTimeIsRecordedAndTheInvestigationGoesOn() {
    String code = acceptedCase("PHAN_ANH", "B02");
    assignAndPlan(code);
    assertThatThrownBy(() -> completeAs("xacminh", code, Map.of("explanationReceived", "RECEIVED")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("tóm tắt");
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    assertThat(called(code, "investigation")).isWaitingAt("gatherEvidence");
    assertThat(history.allEntries(cases.getByTrackingCode(code).id())).extracting(CaseHistory.Entry::message)
        .contains("Người bị phản ánh không giải trình trong thời hạn");
  }

  @Test
  void complaintIsDiscussedInADialogueBeforeTheConclusion() {
    String code = acceptedCase("KHIEU_NAI", "A01");
    assignAndPlan(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("xacminh", code, evidence("CONCLUDE"));
    var sub = called(code, "investigation");
    assertThat(sub).isWaitingAt("holdDialogue").task().isAssignedTo("xacminh");
    assertThatThrownBy(() -> completeAs("xacminh", code, Map.of("dialogueSummary", "Đã đối thoại đầy đủ các bên.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ngày đối thoại");
    completeAs("xacminh", code, Map.of("dialogueDate", new java.util.Date(),
        "dialogueSummary", "Hai bên trình bày, thống nhất nội dung biên bản đối thoại."));
    assertThat(sub).isWaitingAt("draftConclusion");
  }

  @Test
  void reportThatIsNotAComplaintSkipsTheDialogue() {
    String code = acceptedCase("PHAN_ANH", "B02");
    assignAndPlan(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("xacminh", code, evidence("CONCLUDE"));
    assertThat(called(code, "investigation")).hasNotPassed("holdDialogue")
        .isWaitingAt("draftConclusion");
  }

  @Test
  void complexDenunciationIsExtendedOnceBy30DaysAndNotTwice() {
    String code = acceptedCase("TO_CAO", "C05");
    long id = cases.getByTrackingCode(code).id();
    LocalDate due = clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn();
    assignAndPlan(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("xacminh", code, evidence("REQUEST_EXTENSION", "extensionComplexity", "COMPLEX",
        "extensionReason", "Cần giám định chữ ký trên hồ sơ."));
    var sub = called(code, "investigation");
    assertThat(sub).isWaitingAt("approveExtension").task().hasCandidateGroup("lanh-dao.ubnd-tinh");
    completeAs("lanhdao", code, Map.of("extensionDecision", "APPROVE"));
    assertThat(sub).isWaitingAt("gatherEvidence");
    assertThat(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn()).isEqualTo(due.plusDays(30));
    assertThat(engine.getRuntimeService().getVariable(sub.getId(), "resolutionDueText"))
        .isEqualTo(vn.gov.vhcv.desk.casefile.Dates.text(due.plusDays(30)));

    assertThatThrownBy(() -> completeAs("xacminh", code, evidence("REQUEST_EXTENSION", "extensionComplexity", "COMPLEX",
        "extensionReason", "Cần thêm thời gian giám định.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("chỉ được gia hạn 1 lần");
    assertThat(sub).isWaitingAt("gatherEvidence");
  }

  @Test
  void especiallyComplexDenunciationIsExtendedTwiceThenNoMore() {
    String code = acceptedCase("TO_CAO", "C05");
    assignAndPlan(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    for (int i = 0; i < 2; i++) {
      completeAs("xacminh", code, evidence("REQUEST_EXTENSION", "extensionComplexity", "ESPECIALLY_COMPLEX",
          "extensionReason", "Nhiều người liên quan, cần giám định tài liệu."));
      completeAs("lanhdao", code, Map.of("extensionDecision", "APPROVE"));
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM clock_extension e JOIN case_clock k ON k.id = e.clock_id"
        + " WHERE k.case_id = :id AND k.kind = 'RESOLUTION' AND e.status = 'APPROVED'")
        .param("id", cases.getByTrackingCode(code).id()).query(Integer.class).single()).isEqualTo(2);
    assertThatThrownBy(() -> completeAs("xacminh", code, evidence("REQUEST_EXTENSION", "extensionComplexity",
        "ESPECIALLY_COMPLEX", "extensionReason", "Lần thứ ba xin gia hạn.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("chỉ được gia hạn 2 lần");
  }

  @Test
  void reportThatIsNotADenunciationCannotBeExtended() {
    String code = acceptedCase("PHAN_ANH", "B02");
    assignAndPlan(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    assertThatThrownBy(() -> completeAs("xacminh", code, evidence("REQUEST_EXTENSION", "extensionComplexity", "COMPLEX",
        "extensionReason", "Cần thêm thời gian xác minh.")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Chỉ đơn tố cáo được gia hạn");
    assertThat(called(code, "investigation")).isWaitingAt("gatherEvidence");
  }

  @Test
  void extensionRefusedByTheLeaderKeepsTheDeadline() {
    String code = acceptedCase("TO_CAO", "C05");
    long id = cases.getByTrackingCode(code).id();
    LocalDate due = clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn();
    assignAndPlan(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("xacminh", code, evidence("REQUEST_EXTENSION", "extensionComplexity", "COMPLEX",
        "extensionReason", "Cần giám định chữ ký trên hồ sơ."));
    assertThatThrownBy(() -> completeAs("lanhdao", code, Map.of("extensionDecision", "REJECT")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("ý kiến");
    completeAs("lanhdao", code, Map.of("extensionDecision", "REJECT",
        "extensionComment", "Đủ chứng cứ, đề nghị kết luận đúng hạn."));
    assertThat(called(code, "investigation")).isWaitingAt("gatherEvidence");
    assertThat(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().dueOn()).isEqualTo(due);
  }

  @Test
  void investigatorWhoAlsoLeadsCannotApproveTheirOwnExtension() {
    staff("kiemnhiem2", "xac-minh,lanh-dao", "THANH-TRA-TINH", null);
    String code = acceptedCase("TO_CAO", "C05");
    completeAs("lanhdao", code, Map.of("investigatorId", "kiemnhiem2"));
    completeAs("kiemnhiem2", code, Map.of("investigationPlan", "Làm việc với cán bộ, thu thập trích xuất camera."));
    runCaseJobs(code);
    completeAs("kiemnhiem2", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("kiemnhiem2", code, evidence("REQUEST_EXTENSION", "extensionComplexity", "COMPLEX",
        "extensionReason", "Cần giám định chữ ký trên hồ sơ."));
    assertThatThrownBy(() -> completeAs("kiemnhiem2", code, Map.of("extensionDecision", "APPROVE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("bốn mắt");
    // the refused attempt stays in the audit log though the step was rolled back
    assertThat(audit.count(cases.getByTrackingCode(code).id(), "FOUR_EYES_REFUSED")).isEqualTo(1);
    assertThat(called(code, "investigation")).isWaitingAt("approveExtension");
  }

  @Test
  void stepsStartedNearTheResolutionDeadlineAreDueByItNotAfter() {
    String code = acceptedCase("PHAN_ANH", "B02");
    LocalDate due = clocks.find(cases.getByTrackingCode(code).id(), ClockKind.RESOLUTION).orElseThrow().dueOn();
    // the investigation has run until the morning of the resolution clock's last day
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
        due.atTime(8, 0).atZone(clock.zone()).toInstant()));
    java.util.Date endOfDue = clock.endOf(due);
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminh"));
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("planInvestigation");
    assertThat(task(code).getDueDate()).isEqualTo(endOfDue);
    planExplainAndGatherEvidence(code);
    completeAs("xacminh", code, conclusion("FOUNDED", "REMIND"));
    // the leader's approval ends the resolution: due by the clock's last day, not three working days later
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("approveConclusion");
    assertThat(task(code).getDueDate()).isEqualTo(endOfDue);
  }

  /** The investigation's steps after the plan, up to the conclusion (exclusive). */
  private void planExplainAndGatherEvidence(String code) {
    completeAs("xacminh", code, Map.of("investigationPlan", "Làm việc với cán bộ, thu thập trích xuất camera."));
    runCaseJobs(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("xacminh", code, evidence("CONCLUDE"));
  }

  @Test
  void approvedConclusionAndRecommendationReturnToTheCase() {
    String code = acceptedCase("PHAN_ANH", "B02");
    investigate(code, conclusion("PARTLY_FOUNDED", "REMIND"));
    var main = mainInstance(code);
    assertThat(main).hasPassed("investigateCase").isWaitingAt("notifyResult");
    assertThat(engine.getRuntimeService().getVariable(main.getId(), "conclusion")).isEqualTo("PARTLY_FOUNDED");
    assertThat(engine.getRuntimeService().getVariable(main.getId(), "recommendation")).isEqualTo("REMIND");
    assertThat(called(code, "investigation")).isNull();
    // the official and their unit head, once each
    assertThat(outbox.countFor(cases.getByTrackingCode(code).id(), NoticeKind.EXPLANATION_REQUEST)).isEqualTo(2);
  }
}
