package vn.gov.vhcv.desk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.ClockWatchSignals;
import vn.gov.vhcv.desk.intake.Receipt;
import vn.gov.vhcv.desk.intake.ReportRequest;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.gov.vhcv.desk.casefile.Dates;

/** Notices leave through a real SMTP server (GreenMail on 127.0.0.1:3025, the test profile's spring.mail). */
class NotificationMailTest extends vn.gov.vhcv.desk.CaseScenarios {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", "smtp"));

  static final Map<String, Object> ACCEPT = Map.of("category", "PHAN_ANH", "conductCode", "B02",
      "intakeDecision", "ACCEPT");
  static final Map<String, Object> FOUNDED = Map.of("conclusion", "FOUNDED",
      "findings", "Đã làm việc với cán bộ và xem camera: có quát nạt người dân.", "recommendation", "REMIND");

  @Autowired Outbox outbox;
  @Autowired CaseRepository cases;
  @Autowired ComplainantNotices complainantNotices;
  @Autowired StaffNotices staffNotices;
  @Autowired OfficialNotices officialNotices;
  @Autowired SendNoticeMail sendNoticeMail;
  @Autowired HeldNotices heldNotices;
  @Autowired JavaMailSenderImpl mailSender;
  @Autowired SmtpConnections smtpConnections;
  @Autowired vn.gov.vhcv.desk.casefile.ReferenceData reference;
  @Autowired CaseClocks clocks;
  @Autowired WorkDigestPreferences digestPreferences;
  @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

  /** Every mail any test of this class sent leaves as multipart with a plain-text and an HTML part. */
  @AfterEach
  void everyMailHasAPlainTextAndAnHtmlPart() throws Exception {
    for (MimeMessage m : smtp.getReceivedMessages()) {
      assertThat(m.isMimeType("multipart/*")).as("multipart: " + m.getSubject()).isTrue();
      assertThat(plainText(m)).as("plain part of " + m.getSubject()).isNotBlank();
      assertThat(html(m)).as("HTML part of " + m.getSubject()).contains("<html lang=\"vi\"", "Thư này được gửi tự động");
    }
  }

  // ---------- helpers ----------

  /** Runs the send job of every unsent notice of the case, once. */
  private void deliver(long caseId) {
    outbox.forCase(caseId).forEach(n -> runSendJob(n.id()));
  }

  private void runSendJob(long noticeId) {
    Job job = sendJob(noticeId);
    if (job != null) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  private Job sendJob(long noticeId) {
    String pi = outbox.find(noticeId).orElseThrow().processInstanceId();
    return pi == null ? null : engine.getManagementService().createJobQuery().processInstanceId(pi).singleResult();
  }

  private Outbox.Notice notice(long caseId, NoticeKind kind) {
    List<Outbox.Notice> list = outbox.forCase(caseId).stream().filter(n -> n.kind().equals(kind.name())).toList();
    assertThat(list).as(kind.name()).hasSize(1);
    return list.get(0);
  }

  private List<MimeMessage> mailsTo(String address, String subjectPart) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address))
            && m.getSubject().contains(subjectPart);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private MimeMessage onlyMailTo(String address, String subjectPart) throws Exception {
    List<MimeMessage> mails = mailsTo(address, subjectPart);
    assertThat(mails).as("mails to " + address + " about " + subjectPart).hasSize(1);
    return mails.get(0);
  }

  /** Subject, addresses and every decoded text part (plain and HTML). */
  static String everything(MimeMessage m) throws Exception {
    StringBuilder sb = new StringBuilder(m.getSubject()).append('\n');
    Arrays.stream(m.getAllRecipients()).forEach(a -> sb.append(a).append('\n'));
    Arrays.stream(m.getFrom()).forEach(a -> sb.append(a).append('\n'));
    collect(m, sb);
    return sb.toString();
  }

  private static void collect(Part part, StringBuilder sb) throws Exception {
    Object content = part.getContent();
    if (content instanceof String s) {
      sb.append(s).append('\n');
    } else if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        BodyPart p = mp.getBodyPart(i);
        collect(p, sb);
      }
    }
  }

  static String plainText(MimeMessage m) throws Exception {
    StringBuilder sb = new StringBuilder();
    collectType(m, "text/plain", sb);
    return sb.toString();
  }

  static String html(MimeMessage m) throws Exception {
    StringBuilder sb = new StringBuilder();
    collectType(m, "text/html", sb);
    return sb.toString();
  }

  private static void collectType(Part part, String type, StringBuilder sb) throws Exception {
    Object content = part.getContent();
    if (content instanceof String s && part.isMimeType(type)) {
      sb.append(s);
    } else if (content instanceof Multipart mp) {
      for (int i = 0; i < mp.getCount(); i++) {
        collectType(mp.getBodyPart(i), type, sb);
      }
    }
  }

  // ---------- wired notices to the complainant and to staff ----------

  @Test
  void acknowledgementCarriesTrackingAndAccessCodeAndTheAccessCodeIsRedactedOnceSent() throws Exception {
    Receipt receipt = submit(complaint());
    long caseId = cases.getByTrackingCode(receipt.trackingCode()).id();
    Outbox.Notice ack = notice(caseId, NoticeKind.ACKNOWLEDGEMENT);
    assertThat(ack.status()).isEqualTo("PENDING");
    // the stored notice never holds the code: a placeholder in its texts, the code only sealed until it is sent
    assertThat(ack.body()).doesNotContain(receipt.accessCode()).contains("Mã bí mật: " + AccessCodeSeal.PLACEHOLDER);
    assertThat(ack.sealedAccessCode()).isNotNull().doesNotContain(receipt.accessCode());

    runSendJob(ack.id());

    MimeMessage mail = onlyMailTo("an@example.com", receipt.trackingCode());
    assertThat(mail.getSubject()).isEqualTo(receipt.trackingCode() + " Đã tiếp nhận phản ánh của ông/bà");
    assertThat(mail.getFrom()[0].toString()).contains("no-reply@vhcv.local");
    assertThat(plainText(mail)).contains("Kính gửi ông/bà", "Mã tra cứu: " + receipt.trackingCode(),
        "Mã bí mật: " + receipt.accessCode(), "Hạn trả lời về việc thụ lý: "
            + Dates.text(receipt.acknowledgementDue()));
    assertThat(html(mail)).contains("<html lang=\"vi\"", receipt.accessCode(), "Trân trọng.");

    Outbox.Notice stored = outbox.find(ack.id()).orElseThrow();
    assertThat(stored.status()).isEqualTo("SENT");
    assertThat(stored.attempts()).isEqualTo(1);
    assertThat(stored.secretRedacted()).isTrue();
    assertThat(stored.sealedAccessCode()).isNull();
    assertThat(stored.body()).doesNotContain(receipt.accessCode()).contains(SendNoticeMail.REDACTED);
    assertThat(stored.htmlBody()).doesNotContain(receipt.accessCode());
    // the outbox row is the notice's record: its send process leaves no process or activity history
    var history = engine.getHistoryService();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(ack.processInstanceId()).count()).isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(ack.processInstanceId()).count()).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(ack.processInstanceId())
        .count()).isZero();
    // while the case's own process keeps its history
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(receipt.trackingCode())
        .processDefinitionKey("reportCase").count()).isEqualTo(1);
  }

  @Test
  void acceptedCaseTellsTheComplainantAndMailsTheLeadersThatWorkIsWaiting() throws Exception {
    String code = submit(complaint()).trackingCode();
    long caseId = cases.getByTrackingCode(code).id();
    completeAs("tiepnhan", code, ACCEPT);
    deliver(caseId);

    String accepted = plainText(onlyMailTo("an@example.com", "Đơn của ông/bà đã được thụ lý"));
    assertThat(accepted).contains("đã được thụ lý để giải quyết", "Hạn giải quyết:");
    // the investigation starts with a leader assigning an investigator
    MimeMessage work = onlyMailTo("lanhdao@demo.vhcv.local", "Phân công người xác minh");
    assertThat(work.getSubject()).isEqualTo(code + " Chờ lãnh đạo phê duyệt: Phân công người xác minh");
    assertThat(plainText(work)).contains("Hồ sơ " + code, "Hạn phê duyệt:", "Tasklist");
    assertThat(everything(work)).doesNotContain("Nguyễn Văn An", "an@example.com", "0912345678");
    // intake got "work waiting" when the case arrived
    assertThat(mailsTo("tiepnhan@demo.vhcv.local", "Phân loại và xử lý đơn")).hasSize(1);
  }

  @Test
  void approvedResultReachesTheComplainantAndLeadersAreAskedToApprove() throws Exception {
    String code = submit(complaint()).trackingCode();
    long caseId = cases.getByTrackingCode(code).id();
    completeAs("tiepnhan", code, ACCEPT);
    investigateUpToConclusion(code);
    completeAs("xacminh", code, FOUNDED);
    deliver(caseId);
    MimeMessage approval = onlyMailTo("lanhdao@demo.vhcv.local", "Phê duyệt kết luận xác minh");
    assertThat(approval.getSubject()).isEqualTo(code + " Chờ lãnh đạo phê duyệt: Phê duyệt kết luận xác minh");
    assertThat(outbox.forCase(caseId).stream().filter(n -> n.kind().equals("APPROVAL_WAITING"))
        .map(Outbox.Notice::recipient)).contains("lanhdao@demo.vhcv.local");

    completeAs("lanhdao", code, Map.of("approvalDecision", "APPROVE"));
    runJobs(code);
    deliver(caseId);
    String result = plainText(onlyMailTo("an@example.com", "Kết quả giải quyết phản ánh"));
    assertThat(result).contains("đã được giải quyết", "Kết quả giải quyết:");
  }

  @Test
  void refusalWithItsReasonAndForwardingWithTheReceivingBodyAreMailed() throws Exception {
    String refused = submit(complaint()).trackingCode();
    completeAs("tiepnhan", refused, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "REFUSE",
        "refusalReason", "Nội dung đã được giải quyết tại hồ sơ trước, không có tình tiết mới."));
    runJobs(refused);
    deliver(cases.getByTrackingCode(refused).id());
    MimeMessage refusal = onlyMailTo("an@example.com", refused + " Thông báo không thụ lý đơn");
    assertThat(plainText(refusal)).contains("không được thụ lý", "Lý do: Nội dung đã được giải quyết tại hồ sơ trước");

    String forwarded = submit(complaint()).trackingCode();
    completeAs("tiepnhan", forwarded, Map.of("category", "KHIEU_NAI", "conductCode", "A01", "intakeDecision", "FORWARD",
        "forwardToUnit", "Thanh tra Bộ Giáo dục và Đào tạo"));
    runJobs(forwarded);
    deliver(cases.getByTrackingCode(forwarded).id());
    assertThat(plainText(onlyMailTo("an@example.com", forwarded + " Thông báo chuyển đơn")))
        .contains("đã được chuyển đến: Thanh tra Bộ Giáo dục và Đào tạo");
  }

  // ---------- notices composed outside a process scenario ----------

  @Test
  void complainantProgressNoticeRendersAndArrives() throws Exception {
    String code = submit(complaint()).trackingCode();
    CaseRecord c = cases.getByTrackingCode(code);
    complainantNotices.progress(c, 1, LocalDate.of(2026, 12, 1), "Đang xác minh tại đơn vị.");
    complainantNotices.progress(c, 1, LocalDate.of(2026, 12, 1), "Đang xác minh tại đơn vị."); // same round: no-op
    deliver(c.id());
    assertThat(plainText(onlyMailTo("an@example.com", code + " Thông tin tiến độ giải quyết phản ánh")))
        .contains("quá hạn dự kiến ngày 01/12/2026", "Đang xác minh tại đơn vị.", "7 ngày làm việc");
  }

  @Test
  void deadlineWarningRendersAndArrives() throws Exception {
    String code = submit(complaint()).trackingCode();
    long caseId = cases.getByTrackingCode(code).id();
    LocalDate due = LocalDate.of(2026, 12, 3);
    assertThat(staffNotices.deadlineWarning(caseId, code, "Xác minh nội dung phản ánh", "xac-minh", due, 2, code + ":1"))
        .isPositive();
    deliver(caseId);
    assertThat(plainText(onlyMailTo("xacminh@demo.vhcv.local", code + " Cảnh báo sắp đến hạn")))
        .contains("sẽ đến hạn vào ngày 03/12/2026 (còn 2 ngày làm việc)");
  }

  @Test
  void mailsToTheReportedOfficialNeverCarryTheComplainantsIdentity() throws Exception {
    String code = submit(complaint()).trackingCode();
    CaseRecord c = cases.getByTrackingCode(code);
    completeAs("tiepnhan", code, ACCEPT);
    c = cases.getByTrackingCode(code);
    assertThat(officialNotices.explanationRequest(c, "B02 – Thái độ hách dịch, quát nạt", LocalDate.of(2026, 12, 8)))
        .isTrue();
    assertThat(officialNotices.councilSummons(c, 1, LocalDateTime.of(2026, 12, 15, 8, 30), "Phòng họp số 2, Sở Nội vụ"))
        .isTrue();
    assertThat(officialNotices.disciplineDecision(c, "Khiển trách", "15/QĐ-SGDĐT", null, 15)).isTrue();
    deliver(c.id());

    String official = reference.official("VH000120").orElseThrow().email();
    List<MimeMessage> toOfficial = mailsTo(official, code);
    assertThat(toOfficial).hasSize(3);
    assertThat(plainText(onlyMailTo(official, code + " Đề nghị giải trình")))
        .contains("B02 – Thái độ hách dịch, quát nạt", "trước ngày 08/12/2026", "được giữ bí mật");
    assertThat(plainText(onlyMailTo(official, code + " Giấy mời họp Hội đồng kỷ luật")))
        .contains("Thời gian: 08:30 ngày 15/12/2026", "Địa điểm: Phòng họp số 2, Sở Nội vụ");
    assertThat(plainText(onlyMailTo(official, code + " Thông báo quyết định kỷ luật")))
        .contains("Hình thức kỷ luật: Khiển trách", "15/QĐ-SGDĐT",
            "khiếu nại trong thời hạn 15 ngày kể từ ngày nhận được quyết định này");
    for (MimeMessage m : toOfficial) {
      assertThat(everything(m)).doesNotContain("Nguyễn Văn An", "an@example.com", "0912345678", "12 Lê Lợi",
          "quát nạt người dân tại bộ phận một cửa");
    }
  }

  @Test
  void aMailToTheOfficialThatWouldNameTheComplainantIsRefusedAndNothingIsStored() {
    String code = submit(complaint()).trackingCode();
    CaseRecord c = cases.getByTrackingCode(code);
    long before = outbox.forCase(c.id()).size();
    assertThatThrownBy(() -> officialNotices.councilSummons(c, 1, LocalDateTime.of(2026, 12, 15, 8, 30),
        "Nhà ông Nguyễn Văn An")).isInstanceOf(IllegalStateException.class);
    assertThat(outbox.forCase(c.id())).hasSize((int) before);
  }

  // ---------- progress while overdue (clock watch) ----------

  static void now(String isoOffset) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffset).toInstant()));
  }

  private String watchOf(String code, ClockKind kind) {
    long clockId = clocks.find(cases.getByTrackingCode(code).id(), kind).orElseThrow().id();
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ClockWatchSignals.PROCESS_KEY).processInstanceBusinessKey(code)
        .variableValueEquals(ClockWatchSignals.CLOCK_ID, clockId).singleResult().getId();
  }

  /** Runs the due jobs of the case's clock watches (timers whose moment has come, async steps). */
  private void runDueWatchJobs(String code) {
    for (int guard = 0; guard < 20; guard++) {
      var pis = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ClockWatchSignals.PROCESS_KEY)
          .processInstanceBusinessKey(code).list().stream().map(p -> p.getId()).collect(java.util.stream.Collectors.toSet());
      List<Job> due = pis.isEmpty() ? List.of()
          : engine.getManagementService().createJobQuery().processInstanceIds(pis).executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  private Date progressTimer(String watch) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(watch).activityId("progressDue")
        .singleResult();
    return timer == null ? null : timer.getDuedate();
  }

  private void deliverAll() {
    outbox.latest(500).stream().filter(n -> "PENDING".equals(n.status())).forEach(n -> runSendJob(n.id()));
  }

  @Test
  void anOverdueCaseTellsTheComplainantItsProgressEverySevenWorkingDaysUntilTheClockStops() throws Exception {
    now("2026-03-02T09:00:00+07:00");
    String code = submit(complaint()).trackingCode();
    long caseId = cases.getByTrackingCode(code).id();
    // a named sender who left only a phone number: no progress notices
    String noMail = submit(new ReportRequest(complaint().type(), complaint().description(), null,
        complaint().official(), null, false,
        new ReportRequest.ComplainantData("Lê Văn Bình", "0987654321", null, null))).trackingCode();
    completeAs("tiepnhan", code, ACCEPT);
    completeAs("tiepnhan", noMail, ACCEPT);
    // accepted Mon 2/3/2026, 20 days → Sun 22/3 → Mon 23/3 (BLDS Điều 148)
    assertThat(clocks.find(caseId, ClockKind.RESOLUTION).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 3, 23));
    String watch = watchOf(code, ClockKind.RESOLUTION);
    // 7 working days after 23/3: 24, 25, 26, 27, 30, 31/3, 1/4 → Wed 1/4 at 07:30
    assertThat(progressTimer(watch)).isEqualTo(Date.from(OffsetDateTime.parse("2026-04-01T07:30:00+07:00").toInstant()));
    String silentWatch = watchOf(noMail, ClockKind.RESOLUTION);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(silentWatch)
        .activityId("noProgressNotice").finished().count()).isEqualTo(1);

    now("2026-03-24T08:00:00+07:00"); // breach at 00:00 after the due day
    runDueWatchJobs(code);
    runDueWatchJobs(noMail);
    assertThat(outbox.countFor(caseId, NoticeKind.DEADLINE_OVERDUE)).isPositive();
    assertThat(outbox.countFor(caseId, NoticeKind.PROGRESS)).isZero();

    now("2026-04-01T07:29:00+07:00");
    runDueWatchJobs(code);
    assertThat(outbox.countFor(caseId, NoticeKind.PROGRESS)).isZero();
    now("2026-04-01T07:31:00+07:00");
    runDueWatchJobs(code);
    runDueWatchJobs(noMail);
    assertThat(outbox.countFor(caseId, NoticeKind.PROGRESS)).isEqualTo(1);
    deliver(caseId);
    MimeMessage first = onlyMailTo("an@example.com", code + " Thông tin tiến độ giải quyết phản ánh (lần 1)");
    assertThat(plainText(first)).contains("quá hạn dự kiến ngày 23/03/2026", "thông tin tiến độ lần 1",
        "Tình trạng hiện nay: " + cases.getByTrackingCode(code).status().publicText(), "7 ngày làm việc");
    // the raw-text deadline notice composed by the clock watch leaves with an HTML part too
    MimeMessage overdue = mailsTo("sogddt@demo.vhcv.local", code).stream().filter(m -> {
      try {
        return m.getSubject().contains("quá hạn");
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).findFirst().orElseThrow();
    assertThat(html(overdue)).contains("<html lang=\"vi\"", code, "Hạn giải quyết");
    // next: 7 working days after the day it went out: 2, 3, 6, 7, 8, 9, 10/4
    assertThat(progressTimer(watch)).isEqualTo(Date.from(OffsetDateTime.parse("2026-04-10T07:30:00+07:00").toInstant()));

    now("2026-04-10T09:00:00+07:00");
    runDueWatchJobs(code);
    deliver(caseId);
    assertThat(plainText(onlyMailTo("an@example.com", code + " Thông tin tiến độ giải quyết phản ánh (lần 2)")))
        .contains("thông tin tiến độ lần 2", "quá hạn dự kiến ngày 23/03/2026");
    assertThat(outbox.forCase(caseId).stream().filter(n -> n.kind().equals("PROGRESS")).map(n -> n.recipient()))
        .containsExactly("an@example.com", "an@example.com");

    // the result is given: the clock stops and so do the progress notices
    clocks.complete(caseId, ClockKind.RESOLUTION);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(watch).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(watch)
        .activityId("progressEnded").finished().count()).isEqualTo(1);
    now("2026-05-15T09:00:00+07:00");
    runDueWatchJobs(code);
    runDueWatchJobs(noMail);
    deliverAll();
    assertThat(outbox.countFor(caseId, NoticeKind.PROGRESS)).isEqualTo(2);
    assertThat(mailsTo("an@example.com", "Thông tin tiến độ")).hasSize(2);
    assertThat(outbox.countFor(cases.getByTrackingCode(noMail).id(), NoticeKind.PROGRESS)).isZero();
  }

  // ---------- council summons (discipline) ----------

  @Test
  void schedulingTheCouncilMailsTheOfficialTheSummonsWithDateTimeAndPlaceAndNoComplainantIdentity() throws Exception {
    now("2026-11-26T10:00:00+07:00");
    String code = submit(new ReportRequest(complaint().type(), complaint().description(), LocalDate.of(2026, 11, 16),
        new ReportRequest.OfficialRef("VH000122", null, null), null, false, complaint().complainant())).trackingCode();
    long caseId = cases.getByTrackingCode(code).id();
    accept(code, "TO_CAO", "B02");
    investigate(code, conclusion("FOUNDED", "DISCIPLINE"));
    completeAs("hoidong", code, Map.of("postponementReason", "NONE"));
    completeAs("hoidong", code, Map.of("reviewMeetingDate", ClockUtil.getCurrentTime(),
        "reviewMinutes", "Cán bộ tự nhận khuyết điểm, tập thể đề nghị kỷ luật khiển trách."));
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("summonCouncil");
    // Thu 26/11/2026 + 7 working days = Mon 7/12/2026
    Date meeting = Date.from(LocalDate.of(2026, 12, 7).atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
        .toInstant());

    // bad input: a clear error, and nothing written
    assertThatThrownBy(() -> completeAs("hoidong", code, Map.of("councilMeetingDate", meeting, "councilMeetingTime", "08:30")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Địa điểm họp");
    assertThatThrownBy(() -> completeAs("hoidong", code, Map.of("councilMeetingDate", meeting,
        "councilMeetingTime", "21:00", "councilMeetingPlace", "Phòng họp số 2, Sở Nội vụ")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("giờ hành chính");
    assertThat(outbox.countFor(caseId, NoticeKind.COUNCIL_SUMMONS)).isZero();
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("summonCouncil");

    completeAs("hoidong", code, Map.of("councilMeetingDate", meeting, "councilMeetingTime", "08:30",
        "councilMeetingPlace", "Phòng họp số 2, Sở Nội vụ, 12 Trần Hưng Đạo"));
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("holdCouncil");
    deliver(caseId);

    String official = reference.official("VH000122").orElseThrow().email();
    MimeMessage summons = onlyMailTo(official, code + " Giấy mời họp Hội đồng kỷ luật (lần 1)");
    assertThat(summons.getAllRecipients()).extracting(Object::toString).containsExactly(official);
    assertThat(plainText(summons)).contains("Kính gửi ông/bà " + reference.official("VH000122").orElseThrow().fullName(),
        "Thời gian: 08:30 ngày 07/12/2026", "Địa điểm: Phòng họp số 2, Sở Nội vụ, 12 Trần Hưng Đạo",
        "triệu tập lần 1");
    assertThat(html(summons)).contains("Địa điểm: Phòng họp số 2, Sở Nội vụ, 12 Trần Hưng Đạo");
    assertThat(everything(summons)).doesNotContain("Nguyễn Văn An", "an@example.com", "0912345678", "12 Lê Lợi");
  }

  // ---------- work waiting: one mail per task, or the daily digest ----------

  /** Runs "Giám sát thời hạn hằng ngày" once, as its timer would, with its asynchronous steps. */
  private void runDailyMonitor() {
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processDefinitionKey("slaMonitor").timers().singleResult().getId());
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processDefinitionKey("slaMonitor").executable().messages().list()).isEmpty()) {
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
  }

  private org.springframework.http.ResponseEntity<String> settings(org.springframework.http.HttpMethod method,
      String user, String cookies, String csrf, String choice) {
    var headers = new org.springframework.http.HttpHeaders();
    headers.setBasicAuth(user, "secret-1");
    if (cookies != null) {
      headers.add(org.springframework.http.HttpHeaders.COOKIE, cookies);
    }
    var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
    if (choice != null) {
      form.add("workWaiting", choice);
    }
    if (csrf != null) {
      form.add("_csrf", csrf);
    }
    if (method == org.springframework.http.HttpMethod.POST) {
      headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    }
    return http.withRedirects(org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
        .exchange("/staff/notifications", method,
            new org.springframework.http.HttpEntity<>(method == org.springframework.http.HttpMethod.POST ? form : null,
                headers), String.class);
  }

  @Test
  void whoChoseTheDailyDigestGetsOneMailListingTheWaitingTasksInsteadOfOneMailPerTask() throws Exception {
    now("2026-11-26T07:30:00+07:00"); // Thursday, a working day
    String user = "tiepnhantonghop";
    staff(user, "tiep-nhan", "UBND-TINH", null);
    var identity = engine.getIdentityService();
    var account = identity.createUserQuery().userId(user).singleResult();
    // family name first, as the webapps show it: Camunda's first name holds the family name (DemoSeedLoader)
    account.setFirstName("Phạm");
    account.setLastName("Thị Hòa");
    account.setEmail("tonghop@demo.vhcv.local");
    identity.saveUser(account);
    try {
      // the choice is made on the staff page, a CSRF-protected form
      var page = settings(org.springframework.http.HttpMethod.GET, user, null, null, null);
      assertThat(page.getStatusCode().value()).isEqualTo(200);
      assertThat(page.getBody()).contains("Cài đặt nhận thông báo", "Nhận một thư cho mỗi việc mới",
          "Nhận một thư tổng hợp các việc đang chờ vào mỗi sáng ngày làm việc");
      var token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
      assertThat(token.find()).isTrue();
      String cookies = String.join("; ", page.getHeaders().getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE)
          .stream().map(c -> c.split(";", 2)[0]).toList());
      assertThat(settings(org.springframework.http.HttpMethod.POST, user, cookies, null, "DAILY_DIGEST")
          .getStatusCode().value()).isEqualTo(403);
      var bad = settings(org.springframework.http.HttpMethod.POST, user, cookies, token.group(1), "WEEKLY");
      assertThat(bad.getStatusCode().value()).isEqualTo(400);
      assertThat(bad.getBody()).contains("Chọn một trong hai cách nhận thông báo");
      assertThat(digestPreferences.wantsDigest(user)).isFalse();
      var saved = settings(org.springframework.http.HttpMethod.POST, user, cookies, token.group(1), "DAILY_DIGEST");
      assertThat(saved.getStatusCode().value()).isEqualTo(302);
      assertThat(saved.getHeaders().getLocation().toString()).endsWith("/staff/notifications?saved");
      assertThat(digestPreferences.wantsDigest(user)).isTrue();
      assertThat(digestPreferences.wantsDigest("tiepnhan")).isFalse();

      String first = submit(complaint()).trackingCode();
      String second = submit(complaint()).trackingCode();
      deliverAll();
      // tiepnhan (one mail per task) got both tasks; the digest user got none of them
      assertThat(mailsTo("tiepnhan@demo.vhcv.local", first + " Việc đang chờ nhóm")).hasSize(1);
      assertThat(mailsTo("tiepnhan@demo.vhcv.local", second + " Việc đang chờ nhóm")).hasSize(1);
      assertThat(mailsTo("tonghop@demo.vhcv.local", "")).isEmpty();

      runDailyMonitor();
      deliverAll();
      MimeMessage digest = onlyMailTo("tonghop@demo.vhcv.local", "Tổng hợp việc đang chờ ngày 26/11/2026");
      assertThat(plainText(digest)).contains("Kính gửi Phạm Thị Hòa", "- " + first + " – Phân loại và xử lý đơn – hạn ",
          "- " + second + " – Phân loại và xử lý đơn – hạn ");
      assertThat(everything(digest)).doesNotContain("Nguyễn Văn An", "an@example.com");
      assertThat(mailsTo("tiepnhan@demo.vhcv.local", "Tổng hợp việc đang chờ")).isEmpty();

      // once per person and day
      runDailyMonitor();
      deliverAll();
      assertThat(mailsTo("tonghop@demo.vhcv.local", "Tổng hợp việc đang chờ")).hasSize(1);
    } finally {
      digestPreferences.set(user, false);
      identity.deleteUser(user);
    }
  }

  /** Every value of every row of the outbox, as text (sealed values included). */
  private List<String> everyStoredValue() {
    return jdbc.sql("SELECT * FROM notification_outbox").query((rs, i) -> {
      var meta = rs.getMetaData();
      StringBuilder row = new StringBuilder();
      for (int c = 1; c <= meta.getColumnCount(); c++) {
        row.append(meta.getColumnName(c)).append('=').append(rs.getString(c)).append('\n');
      }
      return row.toString();
    }).list();
  }

  private void assertNoStoredNoticeHoldsAnyOf(List<String> accessCodes) {
    List<String> rows = everyStoredValue();
    for (String code : accessCodes) {
      assertThat(rows).as("outbox rows holding " + code).noneMatch(row -> AccessCodeSeal.holds(row, code));
    }
  }

  @Test
  void noRowOfTheOutboxEverHoldsAnAccessCodeWhileTheAcknowledgementMailCarriesIt() throws Exception {
    // intake as the demo has it: citizens through the public API (with and without an Idempotency-Key, which
    // derives the code), a letter entered by intake through the staff API
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<String[]> sent = new java.util.ArrayList<>(); // tracking code, access code, address
    String[][] senders = {{"VH000128", "hoa.pham@example.com", "key"}, {"VH000111", "binh.tran@example.com", null},
        {"VH000120", "cuong.le@example.com", "key"}};
    for (String[] sender : senders) {
      var headers = new org.springframework.http.HttpHeaders();
      headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
      if (sender[2] != null) {
        headers.set("Idempotency-Key", java.util.UUID.randomUUID().toString());
      }
      String body = """
          {"type":"COMPLAINT","description":"Cán bộ một cửa quát nạt, không hướng dẫn thủ tục.",
           "occurredOn":"2026-11-20","official":{"badgeCode":"%s"},"anonymous":false,
           "complainant":{"fullName":"Phạm Thị Hoa","email":"%s"}}""".formatted(sender[0], sender[1]);
      var answer = http.postForEntity("/api/public/reports", new org.springframework.http.HttpEntity<>(body, headers),
          String.class);
      assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
      var receipt = json.readTree(answer.getBody());
      sent.add(new String[] {receipt.get("trackingCode").asText(), receipt.get("accessCode").asText(), sender[1]});
    }
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.setBasicAuth("tiepnhan", "demo");
    var letter = http.postForEntity("/api/cases", new org.springframework.http.HttpEntity<>("""
        {"report":{"type":"COMPLAINT","description":"Công chức tư pháp yêu cầu bản sao công chứng không cần thiết.",
                   "official":{"badgeCode":"VH000130"},"complainant":{"fullName":"Lê Văn Cường","email":"giay@example.com"}},
         "channel":"PAPER","receivedAt":"2026-11-20T10:00:00+07:00"}""", headers), String.class);
    assertThat(letter.getStatusCode().value()).as(letter.getBody()).isEqualTo(201);
    var receipt = json.readTree(letter.getBody());
    sent.add(new String[] {receipt.get("trackingCode").asText(), receipt.get("accessCode").asText(), "giay@example.com"});
    List<String> codes = sent.stream().map(s -> s[1]).toList();
    assertThat(codes).allMatch(c -> c.matches("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}"));

    // stored with the reports, waiting for their registration
    assertNoStoredNoticeHoldsAnyOf(codes);
    for (String[] s : sent) {
      Outbox.Notice ack = notice(cases.getByTrackingCode(s[0]).id(), NoticeKind.ACKNOWLEDGEMENT);
      assertThat(ack.sealedAccessCode()).isNotNull();
      assertThat(ack.body()).contains("Mã bí mật: " + AccessCodeSeal.PLACEHOLDER);
    }

    // registered (the send processes start), then sent
    sent.forEach(s -> register(s[0]));
    assertNoStoredNoticeHoldsAnyOf(codes);
    for (String[] s : sent) {
      deliver(cases.getByTrackingCode(s[0]).id());
      MimeMessage mail = onlyMailTo(s[2], s[0] + " Đã tiếp nhận");
      assertThat(plainText(mail)).contains("Mã bí mật: " + s[1]).doesNotContain(AccessCodeSeal.PLACEHOLDER);
      assertThat(html(mail)).contains(s[1]).doesNotContain(AccessCodeSeal.PLACEHOLDER);
      Outbox.Notice ack = notice(cases.getByTrackingCode(s[0]).id(), NoticeKind.ACKNOWLEDGEMENT);
      assertThat(ack.status()).isEqualTo("SENT");
      assertThat(ack.sealedAccessCode()).isNull();
    }
    assertNoStoredNoticeHoldsAnyOf(codes);
    // and the codes work: the citizen follows the case with the code the mail gave
    var status = new org.springframework.http.HttpHeaders();
    status.set("X-Access-Code", sent.get(0)[1]);
    assertThat(http.exchange("/api/public/reports/" + sent.get(0)[0], org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(status), String.class).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aNoticeWhoseTextHoldsTheAccessCodeIsRefused() {
    var mail = new MailTemplates().render(NoticeKind.ACKNOWLEDGEMENT,
        Map.of("trackingCode", "VH261126-AAAAAA", "accessCode", "ABCD-EFGH-JKLM", "dueOn", "10/12/2026"));
    long before = jdbc.sql("SELECT COUNT(*) FROM notification_outbox").query(Long.class).single();
    assertThatThrownBy(() -> outbox.enqueue(null, "refused-ack-" + System.nanoTime(), NoticeKind.ACKNOWLEDGEMENT,
        "an@example.com", mail, "ABCD-EFGH-JKLM")).isInstanceOf(IllegalArgumentException.class);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox").query(Long.class).single()).isEqualTo(before);
  }

  // ---------- delivery guarantees ----------

  @Test
  void whenSmtpIsDownTheNoticeIsRetriedAndDeliveredExactlyOnceWhenItComesBack() throws Exception {
    Receipt receipt = submit(complaint());
    long caseId = cases.getByTrackingCode(receipt.trackingCode()).id();
    Outbox.Notice ack = notice(caseId, NoticeKind.ACKNOWLEDGEMENT);

    smtp.stop();
    try {
      Job job = sendJob(ack.id());
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
      Job failed = sendJob(ack.id());
      assertThat(failed.getRetries()).isEqualTo(2); // R3: two more tries
      assertThat(failed.getExceptionMessage()).isNotBlank();
      Outbox.Notice afterFailure = outbox.find(ack.id()).orElseThrow();
      assertThat(afterFailure.status()).isEqualTo("PENDING");
      assertThat(afterFailure.attempts()).isEqualTo(1);
      assertThat(afterFailure.lastError()).contains("MailSendException");
      // not sent: the code stays sealed for the next try, still not in the stored text
      assertThat(afterFailure.body()).doesNotContain(receipt.accessCode());
      assertThat(afterFailure.sealedAccessCode()).isNotNull();
    } finally {
      smtp.start();
    }

    runSendJob(ack.id());
    assertThat(mailsTo("an@example.com", receipt.trackingCode() + " Đã tiếp nhận")).hasSize(1);
    assertThat(plainText(mailsTo("an@example.com", receipt.trackingCode() + " Đã tiếp nhận").get(0)))
        .contains("Mã bí mật: " + receipt.accessCode());
    Outbox.Notice sent = outbox.find(ack.id()).orElseThrow();
    assertThat(sent.status()).isEqualTo("SENT");
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sendJob(ack.id())).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sent.processInstanceId())
        .count()).isZero();

    // a retry after the server accepted (e.g. the job's transaction failed afterwards) sends nothing
    sendNoticeMail.send(ack.id(), false);
    assertThat(mailsTo("an@example.com", receipt.trackingCode() + " Đã tiếp nhận")).hasSize(1);
    assertThat(outbox.find(ack.id()).orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void aBacklogOfNoticesGoesOutOverOneOpenSmtpConnection() throws Exception {
    List<Receipt> receipts = List.of(submit(complaint()), submit(complaint()), submit(complaint()));
    long before = smtpConnections.opened();
    for (Receipt r : receipts) {
      runSendJob(notice(cases.getByTrackingCode(r.trackingCode()).id(), NoticeKind.ACKNOWLEDGEMENT).id());
    }
    for (Receipt r : receipts) {
      assertThat(mailsTo("an@example.com", r.trackingCode() + " Đã tiếp nhận")).hasSize(1);
    }
    assertThat(smtpConnections.opened() - before).isEqualTo(1);
  }

  @Test
  void anOpenConnectionTheServerDroppedIsReplacedWithoutUsingARetry() throws Exception {
    Receipt first = submit(complaint());
    Receipt second = submit(complaint());
    runSendJob(notice(cases.getByTrackingCode(first.trackingCode()).id(), NoticeKind.ACKNOWLEDGEMENT).id());
    long before = smtpConnections.opened();
    smtp.stop(); // the server goes away and comes back: the desk's open connection is dead
    smtp.start();
    Outbox.Notice ack = notice(cases.getByTrackingCode(second.trackingCode()).id(), NoticeKind.ACKNOWLEDGEMENT);
    runSendJob(ack.id());
    assertThat(mailsTo("an@example.com", second.trackingCode() + " Đã tiếp nhận")).hasSize(1);
    Outbox.Notice sent = outbox.find(ack.id()).orElseThrow();
    assertThat(sent.status()).isEqualTo("SENT");
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(sendJob(ack.id())).isNull();
    assertThat(smtpConnections.opened() - before).isEqualTo(1);
  }

  @Test
  void aMailTheServerRejectsForGoodIsAnIncidentAfterOneAttemptAndTheCaseGoesOn() throws Exception {
    String code = submit(complaint()).trackingCode();
    CaseRecord c = cases.getByTrackingCode(code);
    Outbox.Notice ack = notice(c.id(), NoticeKind.ACKNOWLEDGEMENT);
    int port = mailSender.getPort();
    try (RejectingSmtpServer rejecting = new RejectingSmtpServer("550 5.1.1 Mailbox unavailable")) {
      mailSender.setPort(rejecting.port());
      Job job = sendJob(ack.id());
      assertThat(job.getRetries()).isPositive();
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .isInstanceOf(PermanentMailRejection.class).hasMessageContaining("550");
      assertThat(rejecting.recipientsRefused()).isEqualTo(1);
    } finally {
      mailSender.setPort(port);
    }
    // no retry is left: the first refusal is the incident
    Job dead = sendJob(ack.id());
    assertThat(dead.getRetries()).isZero();
    assertThat(dead.getExceptionMessage()).contains("550");
    var incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(ack.processInstanceId()).list();
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getActivityId()).isEqualTo("sendMail");
    assertThat(incidents.get(0).getIncidentMessage()).contains("550");
    // the incident stays in the history too, though the send process keeps no instance history
    assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(ack.processInstanceId())
        .list()).extracting(i -> i.getIncidentMessage()).singleElement().asString().contains("550");
    Outbox.Notice failed = outbox.find(ack.id()).orElseThrow();
    assertThat(failed.status()).isEqualTo("FAILED");
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains("550");
    assertThat(mailsTo("an@example.com", code)).isEmpty();
    // the case is untouched and goes on
    assertThat(cases.getByTrackingCode(code).status()).isEqualTo(c.status());
    completeAs("tiepnhan", code, ACCEPT);
    assertThat(cases.getByTrackingCode(code).status()).isNotEqualTo(CaseStatus.REFUSED);
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("assignInvestigator");
  }

  @Test
  void aTemporaryRefusalKeepsItsRetriesAndIsDeliveredLater() throws Exception {
    String code = submit(complaint()).trackingCode();
    Outbox.Notice ack = notice(cases.getByTrackingCode(code).id(), NoticeKind.ACKNOWLEDGEMENT);
    int port = mailSender.getPort();
    try (RejectingSmtpServer busy = new RejectingSmtpServer("450 4.2.1 Mailbox busy, try again later")) {
      mailSender.setPort(busy.port());
      Job job = sendJob(ack.id());
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .isNotInstanceOf(PermanentMailRejection.class);
    } finally {
      mailSender.setPort(port);
    }
    Job retrying = sendJob(ack.id());
    assertThat(retrying.getRetries()).isEqualTo(2);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(ack.processInstanceId()).count())
        .isZero();
    assertThat(outbox.find(ack.id()).orElseThrow().status()).isEqualTo("PENDING");
    runSendJob(ack.id());
    assertThat(mailsTo("an@example.com", code + " Đã tiếp nhận")).hasSize(1);
    assertThat(outbox.find(ack.id()).orElseThrow().attempts()).isEqualTo(2);
  }

  @Test
  void heldNoticesAreSentWhenReleased() throws Exception {
    String code = submit(complaint()).trackingCode();
    long caseId = cases.getByTrackingCode(code).id();
    Outbox.Notice ack = notice(caseId, NoticeKind.ACKNOWLEDGEMENT);
    // as if written while no SMTP server was configured
    engine.getRuntimeService().deleteProcessInstance(ack.processInstanceId(), "test: written without SMTP");
    jdbc.sql("UPDATE notification_outbox SET status = 'HELD', process_instance_id = NULL WHERE id = :id")
        .param("id", ack.id()).update();

    assertThat(heldNotices.release()).isGreaterThanOrEqualTo(1);
    assertThat(heldNotices.release()).isZero();
    Outbox.Notice pending = outbox.find(ack.id()).orElseThrow();
    assertThat(pending.status()).isEqualTo("PENDING");
    runSendJob(ack.id());
    assertThat(mailsTo("an@example.com", code + " Đã tiếp nhận")).hasSize(1);
  }

  /** An SMTP server that refuses every recipient with {@code reply} (e.g. 550 for good, 450 for now). */
  static final class RejectingSmtpServer implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 10, java.net.InetAddress.getByName("127.0.0.1"));
    private final Thread thread = new Thread(this::serve, "rejecting-smtp");
    private final String reply;
    private final java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();

    RejectingSmtpServer(String reply) throws java.io.IOException {
      this.reply = reply;
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return server.getLocalPort();
    }

    int recipientsRefused() {
      return refused.get();
    }

    private void serve() {
      while (!server.isClosed()) {
        try (Socket s = server.accept();
            var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
            var out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.US_ASCII)) {
          out.print("220 rejecting ESMTP\r\n");
          out.flush();
          String line;
          while ((line = in.readLine()) != null) {
            String cmd = line.toUpperCase();
            if (cmd.startsWith("EHLO") || cmd.startsWith("HELO")) {
              out.print("250 rejecting\r\n");
            } else if (cmd.startsWith("MAIL FROM")) {
              out.print("250 OK\r\n");
            } else if (cmd.startsWith("RCPT TO")) {
              refused.incrementAndGet();
              out.print(reply + "\r\n");
            } else if (cmd.startsWith("QUIT")) {
              out.print("221 Bye\r\n");
              out.flush();
              break;
            } else {
              out.print("250 OK\r\n");
            }
            out.flush();
          }
        } catch (java.io.IOException e) {
          // closed
        }
      }
    }

    @Override
    public void close() throws java.io.IOException {
      server.close();
    }
  }
}
