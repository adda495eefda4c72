package vn.gov.vhcv.desk.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * A case whose sender typed the official's name (matching no badge code) goes on to discipline once intake or the
 * investigator identifies the official from the register, with the typed name's matches offered; a discipline
 * recommended without them is refused in Vietnamese instead of failing the leader's approval. Every step through the
 * engine REST {@code submit-form} as Tasklist sends it. The official, Nguyễn Thị Bích Ngọc (VH000104, Sở Nội vụ),
 * is used by no other test.
 */
class OfficialIdentifiedLaterTest extends CaseScenarios {

  @Autowired TestRestTemplate http;
  private TasklistForms tasklist;

  @BeforeEach
  void tasklist() {
    tasklist = new TasklistForms(http);
  }

  /** A complaint naming the official as a citizen types it: without diacritics, and no badge code. */
  private String namedWithoutBadge() {
    return submit(new ReportRequest(ReportType.COMPLAINT,
        "Chị trưởng phòng hẹn ba lần không tiếp, nói năng thiếu tôn trọng người đến làm việc.", null,
        new ReportRequest.OfficialRef(null, "nguyen thi bich ngoc", "So Noi vu"), "SO-NOI-VU", false,
        new ReportRequest.ComplainantData("Lê Văn Bình", "0912000104", "binh@example.com", "5 Trần Phú"))).trackingCode();
  }

  private TasklistForms.Submission submit(String user, String code, String taskKey, Map<String, ?> typed) {
    return tasklist.submit(user, tasklist.taskId(user, code, taskKey), typed);
  }

  private void ok(TasklistForms.Submission s) {
    assertThat(s.status()).as("%s: %s", s.sent(), s.body()).isEqualTo(204);
  }

  private String suggestions(String user, String code, String taskKey) {
    return tasklist.get(user, "/engine-rest/task/" + tasklist.taskId(user, code, taskKey) + "/form-variables")
        .path("officialSuggestions").path("value").asText();
  }

  private void upToConclusion(String code) {
    ok(submit("lanhdao", code, "assignInvestigator", Map.of("investigatorId", "xacminh")));
    ok(submit("xacminh", code, "planInvestigation", Map.of("investigationPlan",
        "Làm việc với phòng Công chức, viên chức và người phản ánh; xem sổ tiếp công dân.")));
    runCaseJobs(code);
    ok(submit("xacminh", code, "recordExplanation", Map.of("explanationReceived", "NOT_RECEIVED")));
    ok(submit("xacminh", code, "gatherEvidence", Map.of("evidenceSummary",
        "Sổ tiếp công dân ghi ba lần hẹn không tiếp; hai người làm chứng xác nhận.", "evidenceNextStep", "CONCLUDE")));
  }

  private String officialOf(String code) {
    return jdbc.sql("SELECT official_badge_code FROM report_case WHERE tracking_code = :c").param("c", code)
        .query(String.class).optional().orElse(null);
  }

  private long audited(String code, String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log a JOIN report_case c ON c.id = a.case_id "
            + "WHERE c.tracking_code = :c AND a.action = :a").param("c", code).param("a", action).query(Long.class).single();
  }

  @Test
  void aDisciplineWithoutItsOfficialIsRefusedInVietnameseAndGoesOnOnceTheInvestigatorIdentifiesThem() {
    String code = namedWithoutBadge();
    ok(submit("tiepnhan", code, "classifyCase", Map.of("category", "PHAN_ANH", "conductCode", "B02",
        "intakeDecision", "ACCEPT")));
    assertThat(officialOf(code)).isNull();
    upToConclusion(code);

    Map<String, String> discipline = Map.of("conclusion", "FOUNDED",
        "findings", "Có căn cứ xác định trưởng phòng nhiều lần hẹn không tiếp và có lời lẽ thiếu tôn trọng.",
        "recommendation", "DISCIPLINE", "proposedSeverity", "LESS_SERIOUS");

    // without the official, the discipline recommendation is refused with the reason; it used to be taken, and the
    // leader's approval then failed in "Tổng hợp thông tin người vi phạm" (a 500, the case stuck at the approval)
    TasklistForms.Submission refused = submit("xacminh", code, "draftConclusion", discipline);
    if (refused.status() == 204) {
      TasklistForms.Submission approval = submit("lanhdao", code, "approveConclusion", Map.of("approvalDecision", "APPROVE"));
      assertThat(approval.status()).as("the leader approves a discipline without its official: " + approval.body())
          .isEqualTo(204);
    }
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("Chưa xác định người bị phản ánh trong danh sách cán bộ",
        "chưa thể đề xuất xem xét kỷ luật");
    assertThat(called(code, "investigation")).isNotNull();
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("draftConclusion");

    // the investigator is offered the register's match for the typed name
    assertThat(suggestions("xacminh", code, "draftConclusion"))
        .contains("VH000104 — Nguyễn Thị Bích Ngọc, Trưởng phòng Công chức, viên chức, Sở Nội vụ");

    // a badge code the register does not have is refused too
    var unknown = new java.util.HashMap<String, String>(discipline);
    unknown.put("officialBadgeCode", "VH999999");
    TasklistForms.Submission wrong = submit("xacminh", code, "draftConclusion", unknown);
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("Không tìm thấy cán bộ có mã số thẻ VH999999");
    assertThat(officialOf(code)).isNull();

    var identified = new java.util.HashMap<String, String>(discipline);
    identified.put("officialBadgeCode", "VH000104");
    ok(submit("xacminh", code, "draftConclusion", identified));
    assertThat(officialOf(code)).isEqualTo("VH000104");
    assertThat(audited(code, "OFFICIAL_IDENTIFIED")).isEqualTo(1);
    // the leader's form now names the official
    assertThat(tasklist.get("lanhdao", "/engine-rest/task/" + tasklist.taskId("lanhdao", code, "approveConclusion")
        + "/form-variables").path("officialSummary").path("value").asText()).contains("Nguyễn Thị Bích Ngọc", "VH000104");

    // the approval goes on into the discipline of the identified official
    ok(submit("lanhdao", code, "approveConclusion", Map.of("approvalDecision", "APPROVE")));
    runCaseJobs(code);
    assertThat(called(code, "discipline")).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(called(code, "discipline").getId(), "officialKind"))
        .isEqualTo("CONG_CHUC");
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("checkPostponement");
    // the typed name stays in the desk's table, out of the engine
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE LOWER(TEXT_) LIKE '%nguyen thi bich ngoc%'")
        .query(Long.class).single()).isZero();
  }

  @Test
  void intakeIdentifiesTheOfficialAtClassificationFromTheSuggestions() {
    String code = namedWithoutBadge();
    String offered = suggestions("tiepnhan", code, "classifyCase");
    assertThat(offered).contains("Cán bộ trong danh sách khớp với họ tên người gửi ghi",
        "VH000104 — Nguyễn Thị Bích Ngọc").doesNotContain("nguyen thi bich ngoc");
    ok(submit("tiepnhan", code, "classifyCase", Map.of("category", "PHAN_ANH", "conductCode", "B02",
        "officialBadgeCode", "VH000104", "intakeDecision", "ACCEPT")));
    assertThat(officialOf(code)).isEqualTo("VH000104");
    assertThat(audited(code, "OFFICIAL_IDENTIFIED")).isEqualTo(1);
    // the next forms name the official
    assertThat(tasklist.get("lanhdao", "/engine-rest/task/" + tasklist.taskId("lanhdao", code, "assignInvestigator")
        + "/form-variables").path("officialSummary").path("value").asText()).contains("Nguyễn Thị Bích Ngọc");
  }

  @Test
  void anInvestigatorWhoIsTheIdentifiedOfficialIsRefusedForTheConflictOfInterest() {
    // an investigator who is themself VH000104; the sender named no unit code, so nothing showed it at assignment
    staff("xacminhbichngoc", "xac-minh", "SO-NOI-VU", "VH000104");
    String code = submit(new ReportRequest(ReportType.COMPLAINT,
        "Trưởng phòng hẹn nhiều lần không tiếp, nói năng thiếu tôn trọng người đến làm việc.", null,
        new ReportRequest.OfficialRef(null, "Nguyễn Thị Bích Ngọc", "Sở Nội vụ"), null, false,
        new ReportRequest.ComplainantData("Đỗ Thị Mai", "0912000204", "mai@example.com", "7 Hùng Vương"))).trackingCode();
    ok(submit("tiepnhan", code, "classifyCase", Map.of("category", "PHAN_ANH", "conductCode", "B02",
        "intakeDecision", "ACCEPT")));
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminhbichngoc"));
    completeAs("xacminhbichngoc", code, Map.of("investigationPlan", "Làm việc với phòng và người phản ánh, xem sổ tiếp dân."));
    runCaseJobs(code);
    completeAs("xacminhbichngoc", code, Map.of("explanationReceived", "NOT_RECEIVED"));
    completeAs("xacminhbichngoc", code, Map.of("evidenceSummary", "Sổ tiếp công dân và lời khai của hai người làm chứng.",
        "evidenceNextStep", "CONCLUDE"));
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("draftConclusion");
    assertThatThrownBy(() -> completeAs("xacminhbichngoc", code, Map.of("conclusion", "FOUNDED",
        "findings", "Có căn cứ xác định trưởng phòng nhiều lần hẹn không tiếp người dân.", "recommendation", "DISCIPLINE",
        "proposedSeverity", "LESS_SERIOUS", "officialBadgeCode", "VH000104")))
        .hasMessageContaining("xung đột lợi ích").hasMessageContaining("phân công người xác minh khác");
    assertThat(officialOf(code)).isNull();
    assertThat(audited(code, "OFFICIAL_IDENTIFIED")).isZero();
  }
}
