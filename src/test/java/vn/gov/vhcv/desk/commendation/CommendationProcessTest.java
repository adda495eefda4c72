package vn.gov.vhcv.desk.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/** Every path of processes/commendation.bpmn (Luật Thi đua, khen thưởng 2022; NĐ 98/2023). */
class CommendationProcessTest extends CaseScenarios {

  @Autowired CaseRepository cases;
  @Autowired AuditLog audit;
  @Autowired Outbox outbox;

  static ReportRequest praise(String badge) {
    return new ReportRequest(ReportType.PRAISE, "Chị cán bộ một cửa hướng dẫn tận tình, giải quyết hồ sơ trước hạn.",
        null, new ReportRequest.OfficialRef(badge, null, null), null, false,
        new ReportRequest.ComplainantData("Trần Thị Bình", null, "binh@example.com", null));
  }

  static ReportRequest complaintAbout(String badge) {
    return new ReportRequest(ReportType.COMPLAINT, "Cán bộ quát nạt người dân tại bộ phận một cửa, không hướng dẫn.",
        null, new ReportRequest.OfficialRef(badge, null, null), null, false,
        new ReportRequest.ComplainantData("Nguyễn Văn An", null, "an@example.com", null));
  }

  private String acceptedPraise(String badge) {
    String code = submit(praise(badge)).trackingCode();
    accept(code, "KHEN_NGOI", "P01");
    return code;
  }

  private void propose(String code, String award) {
    completeAs("lanhdao", code, Map.of("award", award, "achievement", "Giải quyết 120 hồ sơ trước hạn, được nhiều người dân khen."));
  }

  private Map<String, Object> approve() {
    return vars("commendationDecision", "APPROVE", "commendationDecisionNumber", "87/QĐ-UBND",
        "commendationDecisionDate", ClockUtil.getCurrentTime());
  }

  @Test
  void praiseLeadsToACertificateOfMeritByTheCommuneChairman() {
    staff("lanhdaohoathuan", "lanh-dao", "P-HOA-THUAN", null);
    String code = acceptedPraise("VH000131");
    assertThat(mainInstance(code)).hasPassed("categoryGateway").hasNotPassed("investigateCase").isWaitingAt("commendOfficial");
    var sub = called(code, "commendation");
    assertThat(sub).hasPassed("checkCommendationGuard").isWaitingAt("proposeCommendation").task().hasCandidateGroup("lanh-dao.ubnd-tinh");
    propose(code, "GIAY_KHEN");
    assertThat(sub).isWaitingAt("reviewCommendation").task().hasCandidateGroup("thi-dua-khen-thuong.ubnd-tinh");
    completeAs("thidua", code, Map.of("commendationReview", "ENDORSE"));
    assertThat(sub).hasPassed("determineCommendationLevel").isWaitingAt("approveCommendation");
    @SuppressWarnings("unchecked")
    var level = (Map<String, Object>) engine.getRuntimeService().getVariable(sub.getId(), "commendationLevel");
    assertThat(level.get("approverTitle")).isEqualTo("Chủ tịch Ủy ban nhân dân cấp xã");
    assertThatThrownBy(() -> completeAs("lanhdao", code, approve()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("bốn mắt");
    // the refused attempt stays in the audit log though the step was rolled back
    assertThat(audit.count(cases.getByTrackingCode(code).id(), "FOUR_EYES_REFUSED")).isEqualTo(1);
    completeAs("lanhdaohoathuan", code, approve());
    runCaseJobs(code);
    assertThat(sub).hasPassed("registerCommendation", "commendationAwarded").isEnded();
    assertThat(mainInstance(code)).isNull();
    long id = cases.getByTrackingCode(code).id();
    assertThat(jdbc.sql("SELECT award FROM commendation_register WHERE case_id = :id").param("id", id)
        .query(String.class).single()).isEqualTo("GIAY_KHEN");
    assertThat(outbox.countFor(id, NoticeKind.COMMENDATION)).isEqualTo(1);
    // from its template: who awarded what, by which decision
    assertThat(outbox.forCase(id).stream().filter(n -> n.kind().equals("COMMENDATION")).findFirst().orElseThrow())
        .satisfies(n -> assertThat(n.subject()).isEqualTo(code + " Quyết định khen thưởng"))
        .satisfies(n -> assertThat(n.body()).contains("Chủ tịch Ủy ban nhân dân cấp xã đã quyết định tặng Giấy khen",
            "quyết định số 87/QĐ-UBND", "Kính gửi ông/bà"));
    assertThat(cases.getByTrackingCode(code).outcomeText()).contains("đã được khen thưởng");
  }

  @Test
  void commendationBlockedWhileAComplaintAboutTheOfficialIsOpen() {
    String complaint = submit(complaintAbout("VH000133")).trackingCode();
    accept(complaint, "KHIEU_NAI", "A01");
    String code = acceptedPraise("VH000133");
    var sub = called(code, "commendation");
    assertThat(sub).isNull();
    assertThat(mainInstance(code)).hasPassed("commendOfficial").isWaitingAt("notifyResult");
    long id = cases.getByTrackingCode(code).id();
    assertThat(audit.count(id, "COMMENDATION_BLOCKED")).isEqualTo(1);
    runCaseJobs(code);
    var text = cases.getByTrackingCode(code).outcomeText();
    assertThat(text).contains("đã được ghi nhận").doesNotContain(complaint).doesNotContain("khiếu nại");
  }

  @Test
  void commendationBlockedWhileAnAcceptedPhanAnhAboutTheOfficialIsBeingVerified() {
    String feedback = submit(complaintAbout("VH000113")).trackingCode();
    accept(feedback, "PHAN_ANH", "A04"); // sách nhiễu, tham nhũng vặt: a sign of a violation under verification
    String code = acceptedPraise("VH000113");
    assertThat(called(code, "commendation")).isNull();
    assertThat(mainInstance(code)).hasPassed("commendOfficial");
    assertThat(audit.count(cases.getByTrackingCode(code).id(), "COMMENDATION_BLOCKED")).isEqualTo(1);
  }

  @Test
  void aLetterNotYetAcceptedDoesNotBarTheCommendation() {
    String complaint = submit(complaintAbout("VH000114")).trackingCode();
    // classified as a khiếu nại, but the desk waits on the sender's information: nothing is being verified yet
    completeAs("tiepnhan", complaint, Map.of("category", "KHIEU_NAI", "conductCode", "A01", "intakeDecision", "REQUEST_INFO",
        "informationRequest", "Đề nghị cho biết ngày, giờ và quầy giao dịch."));
    runCaseJobs(complaint);
    String code = acceptedPraise("VH000114");
    assertThat(called(code, "commendation")).isWaitingAt("proposeCommendation");
  }

  @Test
  void theCitizenAndStaffSeeTheDisciplineWhileItRuns() {
    String complaint = submit(complaintAbout("VH000133")).trackingCode();
    accept(complaint, "TO_CAO", "B02");
    investigate(complaint, conclusion("FOUNDED", "DISCIPLINE"));
    assertThat(called(complaint, "discipline")).isNotNull();
    assertThat(cases.getByTrackingCode(complaint).status()).isEqualTo(vn.gov.vhcv.desk.casefile.CaseStatus.IN_DISCIPLINE);
    // and a praise of the official meanwhile is not put forward
    String code = acceptedPraise("VH000133");
    assertThat(called(code, "commendation")).isNull();
  }

  @Test
  void commendationIsRefusedAtDecisionWhenADenunciationArrivesMeanwhile() {
    String code = acceptedPraise("VH000136");
    propose(code, "BANG_KHEN");
    completeAs("thidua", code, Map.of("commendationReview", "ENDORSE"));
    String denunciation = submit(complaintAbout("VH000136")).trackingCode();
    accept(denunciation, "TO_CAO", "C05");
    assertThatThrownBy(() -> completeAs("giamsat", code, approve())).isInstanceOf(ProcessEngineException.class);
    staff("chutichtinh", "lanh-dao", "UBND-TINH", null);
    assertThatThrownBy(() -> completeAs("chutichtinh", code, approve()))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("NĐ 98/2023").hasMessageContaining(denunciation);
    assertThat(called(code, "commendation")).isWaitingAt("approveCommendation");
  }

  @Test
  void reviewFindsTheAchievementInsufficient() {
    String code = acceptedPraise("VH000138");
    propose(code, "GIAY_KHEN");
    assertThatThrownBy(() -> completeAs("thidua", code, Map.of("commendationReview", "DECLINE")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("lý do");
    completeAs("thidua", code, Map.of("commendationReview", "DECLINE",
        "commendationReviewComment", "Thành tích chưa đạt tiêu chuẩn Giấy khen."));
    assertThat(mainInstance(code)).isWaitingAt("notifyResult");
    assertThat(cases.getByTrackingCode(code).outcomeText()).contains("chuyển đến cơ quan quản lý");
  }

  @Test
  void competentLeaderDecidesNotToCommend() {
    staff("lanhdaoso", "lanh-dao", "SO-XAY-DUNG", null);
    String code = acceptedPraise("VH000116");
    propose(code, "GIAY_KHEN");
    completeAs("thidua", code, Map.of("commendationReview", "ENDORSE"));
    @SuppressWarnings("unchecked")
    var level = (Map<String, Object>) engine.getRuntimeService().getVariable(called(code, "commendation").getId(), "commendationLevel");
    assertThat((String) level.get("approverTitle")).startsWith("Giám đốc Sở");
    completeAs("lanhdaoso", code, Map.of("commendationDecision", "REJECT", "commendationDecisionComment", "Đã khen thưởng trong năm."));
    assertThat(mainInstance(code)).isWaitingAt("notifyResult");
  }

  @Test
  void verificationThatRecommendsCommendationStartsIt() {
    String code = submit(complaintAbout("VH000141")).trackingCode();
    accept(code, "PHAN_ANH", "B02");
    investigate(code, conclusion("UNFOUNDED", "COMMEND"));
    assertThat(mainInstance(code)).hasPassed("investigateCase").isWaitingAt("commendOfficial");
    assertThat(called(code, "commendation")).isWaitingAt("proposeCommendation");
  }
}
