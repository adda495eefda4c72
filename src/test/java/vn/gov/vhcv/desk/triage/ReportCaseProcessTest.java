package vn.gov.vhcv.desk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/** Every path of processes/report-case.bpmn, driven through the engine API as the real users. */
class ReportCaseProcessTest extends CaseScenarios {

  @Autowired CaseRepository cases;
  @Autowired CaseClocks clocks;
  @Autowired CaseHistory history;
  @Autowired vn.gov.vhcv.desk.casefile.AuditLog audit;
  @Autowired Outbox outbox;

  static final Map<String, Object> ACCEPT = Map.of("category", "PHAN_ANH", "conductCode", "B02",
      "intakeDecision", "ACCEPT");
  static final Map<String, Object> FOUNDED = Map.of("conclusion", "FOUNDED",
      "findings", "Đã làm việc với cán bộ và xem camera: có quát nạt người dân.", "recommendation", "REMIND");

  private ProcessInstance instance(String trackingCode) {
    return mainInstance(trackingCode);
  }

  @Test
  void reportAcceptedVerifiedApprovedAndClosedWithResultToComplainant() {
    String code = submit(complaint()).trackingCode();
    ProcessInstance pi = instance(code);
    assertThat(pi).isWaitingAt("classifyCase").task().hasCandidateGroup("tiep-nhan.so-gd-dt");
    assertThat(pi).variables().doesNotContainKeys("complainant", "fullName", "email", "phone");

    completeAs("tiepnhan", code, ACCEPT);
    assertThat(pi).hasPassed("acceptCase").isWaitingAt("investigateCase");
    // tasks go to the role's group of the handling unit (set by the routing table) and of the units above it
    assertThat(called(code, "investigation")).isWaitingAt("assignInvestigator").task()
        .hasCandidateGroup("lanh-dao.ubnd-tinh");
    CaseRecord accepted = cases.getByTrackingCode(code);
    assertThat(accepted.status()).isEqualTo(CaseStatus.IN_VERIFICATION);
    assertThat(accepted.category()).isEqualTo(Category.PHAN_ANH);
    assertThat(clocks.find(accepted.id(), ClockKind.ACKNOWLEDGEMENT).orElseThrow().state()).isEqualTo(SlaState.MET);
    var resolution = clocks.find(accepted.id(), ClockKind.RESOLUTION).orElseThrow();
    assertThat(resolution.periodDays()).isEqualTo(20);
    assertThat(task(code).getDueDate()).isNotNull();

    investigateUpToConclusion(code);
    completeAs("xacminh", code, FOUNDED);
    assertThat(called(code, "investigation")).isWaitingAt("approveConclusion").task().hasCandidateGroup("lanh-dao.ubnd-tinh");
    assertThat(cases.getByTrackingCode(code).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

    completeAs("lanhdao", code, Map.of("approvalDecision", "APPROVE"));
    assertThat(pi).isWaitingAt("notifyResult");
    runJobs(code);
    assertThat(pi).hasPassedInOrder("investigateCase", "notifyResult", "closeCase", "caseResolved").isEnded();

    CaseRecord closed = cases.getByTrackingCode(code);
    assertThat(closed.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(clocks.find(closed.id(), ClockKind.RESOLUTION).orElseThrow().state()).isEqualTo(SlaState.MET);
    assertThat(history.publicEntries(closed.id())).extracting(CaseHistory.Entry::kind)
        .containsExactly("RECEIVED", "ACCEPTED", "RESULT");
    assertThat(outbox.countFor(closed.id(), NoticeKind.RESULT)).isEqualTo(1);

    // the complainant's identity is nowhere in the engine: not in variables, not in their history
    var history = engine.getHistoryService();
    String engineData = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list().stream()
        .map(v -> v.getName() + "=" + v.getValue()).reduce("", String::concat)
        + history.createHistoricDetailQuery().processInstanceId(pi.getId()).list().toString()
        + history.createUserOperationLogQuery().processInstanceId(pi.getId()).list().stream()
            .map(o -> o.getProperty() + "=" + o.getNewValue()).reduce("", String::concat);
    assertThat(engineData).contains("VH000120").doesNotContain("Nguyễn Văn An", "an@example.com", "0912345678", "Lê Lợi");
  }

  @Test
  void conclusionRejectedByLeaderGoesBackToEvidenceGathering() {
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, ACCEPT);
    investigateUpToConclusion(code);
    completeAs("xacminh", code, FOUNDED);
    completeAs("lanhdao", code, Map.of("approvalDecision", "REJECT",
        "approvalComment", "Cần làm rõ lời khai của người làm chứng."));
    ProcessInstance pi = instance(code);
    assertThat(called(code, "investigation")).isWaitingAt("gatherEvidence");
    assertThat(cases.getByTrackingCode(code).status()).isEqualTo(CaseStatus.IN_VERIFICATION);

    completeAs("xacminh", code, Map.of("evidenceSummary", "Đã lấy thêm lời khai của hai người làm chứng tại quầy.",
        "evidenceNextStep", "CONCLUDE"));
    completeAs("xacminh", code, FOUNDED);
    completeAs("lanhdao", code, Map.of("approvalDecision", "APPROVE"));
    runJobs(code);
    assertThat(pi).isEnded();
  }

  @Test
  void reportRefusedWithReasonIsClosedAndComplainantTold() {
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "REFUSE",
        "refusalReason", "Nội dung đã được giải quyết tại hồ sơ trước, không có tình tiết mới."));
    ProcessInstance pi = instance(code);
    assertThat(pi).isWaitingAt("refuseCase");
    runJobs(code);
    assertThat(pi).hasPassed("caseRefused").isEnded();
    CaseRecord c = cases.getByTrackingCode(code);
    assertThat(c.status()).isEqualTo(CaseStatus.REFUSED);
    assertThat(c.outcomeText()).contains("không có tình tiết mới");
    assertThat(outbox.countFor(c.id(), NoticeKind.REFUSED)).isEqualTo(1);
  }

  @Test
  void reportForwardedToCompetentBodyIsClosedHere() {
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "KHIEU_NAI", "conductCode", "A01", "intakeDecision", "FORWARD",
        "forwardToUnit", "Thanh tra Bộ Giáo dục và Đào tạo"));
    ProcessInstance pi = instance(code);
    runJobs(code);
    assertThat(pi).hasPassed("forwardCase", "caseForwarded").isEnded();
    assertThat(cases.getByTrackingCode(code).status()).isEqualTo(CaseStatus.FORWARDED);
  }

  @Test
  void refusalWithoutReasonIsRejectedAndChangesNothing() {
    String code = submit(complaint()).trackingCode();
    assertThatThrownBy(() -> completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02",
        "intakeDecision", "REFUSE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("lý do");
    assertThat(instance(code)).isWaitingAt("classifyCase");
    assertThat(cases.getByTrackingCode(code).category()).isNull();
  }

  @Test
  void unknownConductCodeIsRejected() {
    String code = submit(complaint()).trackingCode();
    assertThatThrownBy(() -> completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "Z99",
        "intakeDecision", "ACCEPT")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Z99");
    assertThat(instance(code)).isWaitingAt("classifyCase");
  }

  @Test
  void denunciationGetsSevenWorkingDaysToAcknowledge() {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(
        java.util.Date.from(java.time.OffsetDateTime.parse("2026-11-26T15:00:00+07:00").toInstant()));
    var receipt = submitByStaff(complaint(), vn.gov.vhcv.desk.casefile.Channel.PAPER,
        java.time.OffsetDateTime.parse("2026-11-26T09:00:00+07:00"));
    // received Thu 26/11/2026: 10 working days are 27/11, 30/11, 1/12 … 10/12; 7 end on 7/12
    assertThat(receipt.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 12, 10));
    completeAs("tiepnhan", receipt.trackingCode(), Map.of("category", "TO_CAO", "conductCode", "C05",
        "intakeDecision", "ACCEPT"));
    long id = cases.getByTrackingCode(receipt.trackingCode()).id();
    var ack = clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow();
    assertThat(ack.periodDays()).isEqualTo(7);
    assertThat(ack.dueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(clocks.find(id, ClockKind.RESOLUTION).orElseThrow().periodDays()).isEqualTo(30);
  }

  @Test
  void leaderWhoDraftedTheConclusionCannotApproveIt() {
    // a user who is both investigator and leader
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId("kiemnhiem").count() == 0) {
      var u = identity.newUser("kiemnhiem");
      u.setPassword("secret-1");
      identity.saveUser(u);
      for (String group : new String[] {"xac-minh", "lanh-dao", "xac-minh.ubnd-tinh", "lanh-dao.ubnd-tinh"}) {
        identity.createMembership("kiemnhiem", group);
      }
    }
    staff("kiemnhiem", "xac-minh,lanh-dao", "THANH-TRA-TINH", null);
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, ACCEPT);
    completeAs("lanhdao", code, Map.of("investigatorId", "kiemnhiem"));
    completeAs("kiemnhiem", code, Map.of("investigationPlan", "Làm việc với cán bộ, thu thập trích xuất camera."));
    runCaseJobs(code);
    completeAs("kiemnhiem", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("kiemnhiem", code, Map.of("evidenceSummary", "Trích xuất camera quầy và lời khai người làm chứng.",
        "evidenceNextStep", "CONCLUDE"));
    completeAs("kiemnhiem", code, FOUNDED);
    assertThatThrownBy(() -> completeAs("kiemnhiem", code, Map.of("approvalDecision", "APPROVE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("bốn mắt");
    // the refused attempt stays in the audit log though the step was rolled back
    assertThat(audit.count(cases.getByTrackingCode(code).id(), "FOUR_EYES_REFUSED")).isEqualTo(1);
    assertThat(called(code, "investigation")).isWaitingAt("approveConclusion");
    completeAs("lanhdao", code, Map.of("approvalDecision", "APPROVE"));
    assertThat(instance(code)).isWaitingAt("notifyResult");
  }

  @Test
  void userOutsideTheCandidateGroupCannotCompleteTheTask() {
    String code = submit(complaint()).trackingCode();
    assertThatThrownBy(() -> completeAs("giamsat", code, ACCEPT)).isInstanceOf(AuthorizationException.class);
    assertThat(instance(code)).isWaitingAt("classifyCase");
  }

  @Test
  void noticeStepRunTwiceWritesTheResultOnce() {
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, ACCEPT);
    investigate(code, FOUNDED);
    ProcessInstance pi = instance(code);
    // a second token at the same step, as a retried job after a crash would run it again
    engine.getRuntimeService().createProcessInstanceModification(pi.getId()).startBeforeActivity("notifyResult").execute();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count()).isEqualTo(2);
    runJobs(code);
    assertThat(pi).isEnded();
    long id = cases.getByTrackingCode(code).id();
    assertThat(outbox.countFor(id, NoticeKind.RESULT)).isEqualTo(1);
    assertThat(history.publicEntries(id)).filteredOn(e -> e.kind().equals("RESULT")).hasSize(1);
  }

  @Test
  void anonymousLetterGoesToAnInternalInspectionWithoutStatutoryClockOrNotice() {
    var anonymous = new vn.gov.vhcv.desk.intake.ReportRequest(vn.gov.vhcv.desk.casefile.ReportType.COMPLAINT,
        "Cán bộ một cửa thường xuyên đi muộn, để người dân chờ đợi lâu.", null,
        new vn.gov.vhcv.desk.intake.ReportRequest.OfficialRef("VH000125", null, null), null, true, null);
    String code = submit(anonymous).trackingCode();
    completeAs("tiepnhan", code, ACCEPT);
    ProcessInstance pi = instance(code);
    assertThat(pi).hasNotPassed("acceptCase").isWaitingAt("internalInspection").task().hasCandidateGroup("xac-minh.ubnd-tinh");
    // answered by the decision to inspect: the acknowledgement clock is met, no watch waits to turn it overdue
    long caseId = cases.getByTrackingCode(code).id();
    assertThat(clocks.find(caseId, ClockKind.ACKNOWLEDGEMENT)).hasValueSatisfying(k -> assertThat(k.open()).isFalse());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("clockWatch")
        .processInstanceBusinessKey(code).count()).isZero();
    assertThatThrownBy(() -> completeAs("xacminh", code, Map.of("inspectionResult", "CONFIRMED")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("nội dung kiểm tra");
    completeAs("xacminh", code, Map.of("inspectionResult", "CONFIRMED",
        "inspectionNotes", "Kiểm tra sổ theo dõi giờ làm việc: có đi muộn 3 lần, đã nhắc nhở."));
    assertThat(pi).hasPassed("closeInspectedCase", "caseInspected").isEnded();
    CaseRecord c = cases.getByTrackingCode(code);
    assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED);
    assertThat(clocks.find(c.id(), ClockKind.RESOLUTION)).isEmpty();
    assertThat(outbox.countFor(c.id(), NoticeKind.RESULT)).isZero();
  }
}
