package vn.gov.vhcv.desk.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Attachments;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseLabels;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.Complainant;
import vn.gov.vhcv.desk.casefile.FieldError;
import vn.gov.vhcv.desk.casefile.NewCase;
import vn.gov.vhcv.desk.casefile.Reported;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.SlaPolicy;
import vn.gov.vhcv.desk.notification.ComplainantNotices;

/**
 * Takes a report in: checks it, stores the case and its confidential complainant apart, starts the
 * acknowledgement clock and the case process (business key = tracking code), all in one transaction.
 */
@Service
public class ReportService {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReportService.class);

  public static final String PROCESS_KEY = "reportCase";
  private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");
  private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("^[A-Za-z0-9_-]{16,100}$");

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final ReferenceData reference;
  private final CaseClocks clocks;
  private final SlaPolicy sla;
  private final CaseCodes codes;
  private final CaseProcessStarter processes;
  private final TransactionTemplate tx;
  private final DeskClock clock;
  private final ObjectMapper json;
  private final ComplainantNotices notices;
  private final Attachments attachments;

  public ReportService(CaseRepository cases, CaseHistory history, AuditLog audit, ReferenceData reference,
      CaseClocks clocks, SlaPolicy sla, CaseCodes codes, CaseProcessStarter processes, TransactionTemplate tx,
      DeskClock clock, ObjectMapper json, ComplainantNotices notices, Attachments attachments) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.reference = reference;
    this.clocks = clocks;
    this.sla = sla;
    this.codes = codes;
    this.processes = processes;
    this.tx = tx;
    this.clock = clock;
    this.json = json;
    this.notices = notices;
    this.attachments = attachments;
  }

  /** A report from the public portal: received now, by the web channel. */
  public Receipt submitPublic(ReportRequest report, String idempotencyKey) {
    return submit(report, Channel.WEB, clock.nowOffset(), idempotencyKey, null, List.of());
  }

  /** A report from the portal's web form, with evidence files already checked by content; one transaction. */
  public Receipt submitPublicWithFiles(ReportRequest report, List<Attachments.Checked> files) {
    return submit(report, Channel.WEB, clock.nowOffset(), null, null, files);
  }

  /** A report entered by intake staff, with the channel and the real date it was received. */
  public Receipt submitByStaff(StaffCaseRequest request, String idempotencyKey, String staffUser) {
    if (request.receivedAt().isAfter(clock.nowOffset())) {
      throw new InvalidReportException(List.of(new FieldError("receivedAt", "Thời điểm nhận đơn không được ở tương lai")));
    }
    return submit(request.report(), request.channel(), request.receivedAt(), idempotencyKey, staffUser, List.of());
  }

  private Receipt submit(ReportRequest report, Channel channel, OffsetDateTime receivedAt, String idempotencyKey,
      String actor, List<Attachments.Checked> files) {
    validate(report, idempotencyKey, actor == null ? ReportRequest.MAX_PUBLIC_DESCRIPTION : ReportRequest.MAX_STAFF_DESCRIPTION);
    String keyHash = idempotencyKey == null ? null : CaseCodes.sha256(idempotencyKey);
    String requestHash = CaseCodes.sha256(canonical(report, channel, actor == null ? null : receivedAt));
    if (keyHash != null) {
      Optional<Receipt> replay = replay(keyHash, requestHash, idempotencyKey);
      if (replay.isPresent()) {
        return replay.get();
      }
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return tx.execute(status -> store(report, channel, receivedAt, idempotencyKey, keyHash, requestHash, actor, files));
      } catch (DuplicateKeyException e) {
        if (keyHash != null) {
          // The same key arrived twice at once: the other request stored the case.
          Optional<Receipt> replay = replay(keyHash, requestHash, idempotencyKey);
          if (replay.isPresent()) {
            return replay.get();
          }
        }
        // Six random characters give about a billion codes a day: among 10,000 reports of one day two draw
        // the same code about once in twenty such days (seen in the spike benchmark). Nothing was stored;
        // the report is stored again under a fresh code.
        if (attempt >= TRACKING_CODE_ATTEMPTS) {
          throw e;
        }
        log.info("Mã hồ sơ trùng với hồ sơ đã có; lưu lại với mã mới (lần {})", attempt + 1);
      }
    }
  }

  /** How often a report is stored again when its random tracking code is taken. */
  static final int TRACKING_CODE_ATTEMPTS = 5;

  private Optional<Receipt> replay(String keyHash, String requestHash, String idempotencyKey) {
    return cases.findByIdempotencyKeyHash(keyHash).map(hit -> {
      if (!hit.requestHash().equals(requestHash)) {
        throw new IdempotencyConflictException();
      }
      var c = cases.getByTrackingCode(hit.trackingCode());
      LocalDate due = clocks.find(c.id(), ClockKind.ACKNOWLEDGEMENT).orElseThrow().dueOn();
      return new Receipt(c.trackingCode(), codes.accessCodeFor(idempotencyKey, c.trackingCode()), due);
    });
  }

  private Receipt store(ReportRequest r, Channel channel, OffsetDateTime receivedAt, String idempotencyKey,
      String keyHash, String requestHash, String actor, List<Attachments.Checked> files) {
    LocalDate receivedOn = receivedAt.atZoneSameInstant(clock.zone()).toLocalDate();
    String trackingCode = codes.newTrackingCode(receivedOn);
    String accessCode = idempotencyKey == null ? codes.newAccessCode() : codes.accessCodeFor(idempotencyKey, trackingCode);
    var official = r.official();
    String badge = official == null ? null : official.badgeCode();
    String unitCode = r.unitCode() != null ? r.unitCode()
        : reference.official(badge).map(ReferenceData.Official::unitCode).orElse(null);
    long caseId = cases.insert(new NewCase(trackingCode, codes.hashAccessCode(trackingCode, accessCode),
        new Reported(r.type(), channel, r.description().strip(), r.occurredOn(), badge,
            official == null ? null : trim(official.fullName()), official == null ? null : trim(official.unitName()),
            unitCode, r.isAnonymous(), receivedAt), keyHash, requestHash, actor));
    // its watch starts with the registration, outside the citizen's request
    var ack = clocks.startUnwatched(caseId, receivedOn, sla.acknowledgement(null));
    if (!r.isAnonymous() && r.complainant() != null) {
      var p = r.complainant();
      cases.insertComplainant(caseId, new Complainant(trim(p.fullName()), trim(p.phone()), trim(p.email()), trim(p.address())));
      notices.acknowledgement(caseId, trackingCode, accessCode, ack.dueOn(), trim(p.email()));
    }
    history.record(caseId, "RECEIVED", "Đã tiếp nhận " + (r.type() == ReportType.PRAISE ? "ý kiến khen ngợi" : "phản ánh")
        + " qua kênh " + CaseLabels.channelText(channel) + ". Hạn trả lời về việc thụ lý: "
        + ack.dueOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ".", actor, true);
    audit.record(actor == null ? "citizen" : actor, "CASE_RECEIVED", caseId, "channel=" + channel);
    for (Attachments.Checked file : files) {
      attachments.store(caseId, file, actor == null ? "citizen" : actor);
    }
    if (!files.isEmpty()) {
      history.record(caseId, "ATTACHMENTS_RECEIVED", "Đã nhận " + files.size() + " tệp đính kèm.", actor, true);
    }
    // the request stores the report and answers; its process starts right after (CaseProcessStarter) and
    // registers the case asynchronously ("Đăng ký hồ sơ"): a spike of reports queues there instead of
    // holding citizens' requests
    processes.queue(caseId, trackingCode);
    return new Receipt(trackingCode, accessCode, ack.dueOn());
  }

  private void validate(ReportRequest r, String idempotencyKey, int maxDescription) {
    List<FieldError> errors = new ArrayList<>();
    if (r.description() != null && r.description().strip().length() > maxDescription) {
      errors.add(new FieldError("description", maxDescription == ReportRequest.MAX_PUBLIC_DESCRIPTION
          ? "Nội dung phải dài từ 10 đến 5000 ký tự"
          : "Nội dung đơn dài tối đa " + String.format(java.util.Locale.ROOT, "%,d", maxDescription).replace(',', '.') + " ký tự (hiện có "
              + String.format(java.util.Locale.ROOT, "%,d", r.description().strip().length()).replace(',', '.')
              + "); nhập phần chính và lưu toàn văn bản giấy hoặc bản quét"));
    }
    if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
      errors.add(new FieldError("Idempotency-Key", "Khóa chống gửi trùng phải gồm 16–100 ký tự chữ, số, '-' hoặc '_' (ví dụ một UUID)"));
    }
    if (r.description() != null && CONTROL.matcher(r.description()).find()) {
      errors.add(new FieldError("description", "Nội dung chứa ký tự điều khiển không hợp lệ"));
    }
    var official = r.official();
    if (official != null) {
      for (var field : new String[][] {{"fullName", official.fullName()}, {"unitName", official.unitName()}}) {
        if (field[1] != null && CONTROL.matcher(field[1]).find()) {
          errors.add(new FieldError("official." + field[0], "Chứa ký tự điều khiển không hợp lệ"));
        }
      }
    }
    boolean namedOfficial = official != null && (official.badgeCode() != null
        || (notBlank(official.fullName()) && notBlank(official.unitName())));
    if (official != null && official.badgeCode() == null && !namedOfficial) {
      errors.add(new FieldError("official", "Nhập mã số thẻ, hoặc cả họ tên và đơn vị công tác của người được phản ánh"));
    }
    if (official != null && official.badgeCode() != null && official.badgeCode().matches("^[A-Z]{2}[0-9]{6}$")
        && reference.official(official.badgeCode()).isEmpty()) {
      errors.add(new FieldError("official.badgeCode", "Không tìm thấy cán bộ, công chức có mã số thẻ này"));
    }
    if (r.unitCode() != null && reference.unit(r.unitCode()).isEmpty()) {
      errors.add(new FieldError("unitCode", "Không có đơn vị với mã này"));
    }
    if (r.type() == ReportType.PRAISE && !namedOfficial) {
      errors.add(new FieldError("official", "Khen ngợi cần cho biết người được khen (mã số thẻ, hoặc họ tên và đơn vị)"));
    }
    if (r.type() == ReportType.COMPLAINT && !namedOfficial && r.unitCode() == null) {
      errors.add(new FieldError("official", "Cho biết người bị phản ánh hoặc ít nhất đơn vị (unitCode) nơi xảy ra sự việc"));
    }
    if (r.isAnonymous() && r.complainant() != null) {
      errors.add(new FieldError("complainant", "Gửi ẩn danh thì không kèm thông tin người gửi"));
    }
    if (!r.isAnonymous()) {
      var p = r.complainant();
      if (p == null || !notBlank(p.fullName())) {
        errors.add(new FieldError("complainant.fullName", "Nhập họ tên người gửi, hoặc chọn gửi ẩn danh"));
      }
      if (p != null && !notBlank(p.phone()) && !notBlank(p.email()) && !notBlank(p.address())) {
        errors.add(new FieldError("complainant", "Nhập ít nhất một cách liên lạc: điện thoại, thư điện tử hoặc địa chỉ"));
      }
      if (p != null) {
        for (var field : new String[][] {{"fullName", p.fullName()}, {"address", p.address()}}) {
          if (field[1] != null && CONTROL.matcher(field[1]).find()) {
            errors.add(new FieldError("complainant." + field[0], "Chứa ký tự điều khiển không hợp lệ"));
          }
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidReportException(errors);
    }
  }

  private String canonical(ReportRequest r, Channel channel, OffsetDateTime staffReceivedAt) {
    try {
      return json.writeValueAsString(List.of(r, channel, String.valueOf(staffReceivedAt)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
