package vn.gov.vhcv.desk.escalation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.engine.LatestProcessDefinitions;
import vn.gov.vhcv.desk.casefile.NewCase;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.Complexity;
import vn.gov.vhcv.desk.clock.SlaPolicy;
import vn.gov.vhcv.desk.intake.CaseCodes;

/**
 * Second instance of a khiếu nại (Luật Khiếu nại 2011 Điều 33, 37) and tố cáo tiếp (Luật Tố cáo 2018 Điều 37): a new
 * case, linked to the first, handled by the unit above the first-instance resolver, on its own SECOND_INSTANCE clock.
 * Filed by the citizen from the status page (with the case's codes) or by intake staff for a letter on paper. The time
 * limits are checked before anything is stored: too early (the first instance still within its time and undecided)
 * and too late (after the filing window of {@code sla-policy.dmn}) are refused with the reason, and nothing changes.
 */
@Service
public class Escalations {

  public static final String PROCESS_KEY = "secondInstance";
  static final int MIN_REASON = 10;
  static final int MAX_REASON = 5000;
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\r\\n\\t]]");

  /** Why the first instance goes up: its decision is not accepted, or it was not decided in time. */
  public enum Ground { NOT_ACCEPTED, OVERDUE }

  /** The escalation is refused; the message says why, in Vietnamese, for the person who filed it. */
  public static class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refused(String message) {
      super(message);
    }
  }

  /** What the first instance allows today. */
  public record Admissible(CaseRecord first, Ground ground, LocalDate eventOn, LocalDate filingDue, String superiorUnit) {}

  /** A filed escalation: the new case's codes (the access code is null when the citizen keeps their own). */
  public record Filed(String trackingCode, String accessCode, String superiorUnitName) {}

  /** An escalation as the staff case page lists it. */
  public record Link(String trackingCode, String unitName, Ground ground, LocalDate eventOn, String reason,
      OffsetDateTime filedAt, boolean up) {}

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final SlaPolicy sla;
  private final ReferenceData reference;
  private final CaseHistory history;
  private final AuditLog audit;
  private final CaseCodes codes;
  private final LatestProcessDefinitions definitions;
  private final IdentityService identity;
  private final TransactionTemplate tx;
  private final JdbcClient jdbc;
  private final DeskClock clock;

  public Escalations(CaseRepository cases, CaseClocks clocks, SlaPolicy sla, ReferenceData reference,
      CaseHistory history, AuditLog audit, CaseCodes codes, LatestProcessDefinitions definitions,
      IdentityService identity, TransactionTemplate tx, JdbcClient jdbc, DeskClock clock) {
    this.cases = cases;
    this.clocks = clocks;
    this.sla = sla;
    this.reference = reference;
    this.history = history;
    this.audit = audit;
    this.codes = codes;
    this.definitions = definitions;
    this.identity = identity;
    this.tx = tx;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Whether the first case may go up today, and on which ground.
   *
   * @param decisionReceivedOn the day the complainant received the first decision, when known (a letter on paper
   *     says so); else the day the decision was made, when the desk sent it
   * @throws Refused with the reason when it may not
   */
  public Admissible check(CaseRecord first, LocalDate decisionReceivedOn) {
    Category category = first.category();
    if (category != Category.KHIEU_NAI && category != Category.TO_CAO) {
      throw new Refused("Chỉ khiếu nại và tố cáo mới được khiếu nại lần hai hoặc tố cáo tiếp lên cấp trên; hồ sơ này là "
          + (category == null ? "đơn chưa được phân loại" : category.label().toLowerCase()) + ".");
    }
    boolean complaint = category == Category.KHIEU_NAI;
    if (secondLevel(first.id())) {
      throw new Refused(complaint
          ? "Hồ sơ này đã là khiếu nại lần hai. Không đồng ý với quyết định giải quyết lần hai, người khiếu nại có quyền"
              + " khởi kiện vụ án hành chính tại Tòa án (Luật Khiếu nại 2011 Điều 33)."
          : "Hồ sơ này đã là tố cáo tiếp do cấp trên giải quyết; hệ thống không chuyển tiếp lên cấp cao hơn.");
    }
    Optional<String> already = escalatedTo(first.id());
    if (already.isPresent()) {
      throw new Refused("Hồ sơ đã được chuyển lên cấp trên giải quyết: hồ sơ " + already.get() + ".");
    }
    String superior = reference.unit(first.unitCode()).map(ReferenceData.Unit::parentCode).orElse(null);
    if (superior == null) {
      throw new Refused(complaint
          ? "Người giải quyết lần đầu là Chủ tịch Ủy ban nhân dân tỉnh: khiếu nại lần hai gửi Bộ trưởng quản lý ngành,"
              + " lĩnh vực (Luật Khiếu nại 2011 Điều 21); hệ thống của tỉnh không tiếp nhận."
          : "Người giải quyết là Chủ tịch Ủy ban nhân dân tỉnh: tố cáo tiếp gửi cơ quan cấp trên ở trung ương; hệ thống"
              + " của tỉnh không tiếp nhận.");
    }
    Optional<CaseClock> resolution = clocks.find(first.id(), ClockKind.RESOLUTION);
    if (resolution.isEmpty()) {
      throw new Refused(first.status().isClosed()
          ? "Đơn không được thụ lý giải quyết tại đây (đã từ chối thụ lý, chuyển đơn hoặc gộp) nên không có "
              + (complaint ? "quyết định giải quyết lần đầu để khiếu nại lần hai." : "kết quả giải quyết để tố cáo tiếp.")
          : "Đơn đang được xem xét thụ lý; " + (complaint ? "chưa thể khiếu nại lần hai." : "chưa thể tố cáo tiếp."));
    }
    CaseClock r = resolution.get();
    LocalDate today = clock.today();
    Ground ground;
    LocalDate eventOn;
    if (r.completedAt() != null) {
      LocalDate decidedOn = r.completedAt().atZoneSameInstant(clock.zone()).toLocalDate();
      if (decisionReceivedOn != null && (decisionReceivedOn.isBefore(decidedOn) || decisionReceivedOn.isAfter(today))) {
        throw new Refused("Ngày nhận quyết định phải từ ngày ra quyết định (" + Dates.text(decidedOn)
            + ") đến hôm nay.");
      }
      ground = Ground.NOT_ACCEPTED;
      eventOn = decisionReceivedOn != null ? decisionReceivedOn : decidedOn;
    } else if (r.dueOn().isBefore(today)) {
      ground = Ground.OVERDUE;
      eventOn = r.dueOn();
    } else {
      throw new Refused(complaint
          ? "Khiếu nại lần đầu đang trong thời hạn giải quyết (đến hết ngày " + Dates.text(r.dueOn())
              + ") và chưa có quyết định. Chỉ được khiếu nại lần hai khi đã nhận quyết định giải quyết lần đầu hoặc khi"
              + " hết thời hạn đó mà khiếu nại không được giải quyết (Luật Khiếu nại 2011 Điều 33)."
          : "Tố cáo đang trong thời hạn giải quyết (đến hết ngày " + Dates.text(r.dueOn())
              + ") và chưa có kết luận. Chỉ được tố cáo tiếp khi quá thời hạn mà tố cáo không được giải quyết, hoặc khi"
              + " có căn cứ cho rằng việc giải quyết không đúng pháp luật (Luật Tố cáo 2018 Điều 37).");
    }
    boolean remote = reference.unit(first.unitCode()).map(ReferenceData.Unit::remoteArea).orElse(false);
    LocalDate filingDue = sla.find(category, ClockKind.SECOND_INSTANCE_FILING, remote, Complexity.NORMAL)
        .map(p -> clocks.dueDate(eventOn, p)).orElse(null); // tố cáo tiếp: the law sets no filing window
    if (filingDue != null && today.isAfter(filingDue)) {
      int days = sla.policy(category, ClockKind.SECOND_INSTANCE_FILING, remote, Complexity.NORMAL).days();
      throw new Refused("Đã quá thời hạn khiếu nại lần hai: " + days + " ngày kể từ "
          + (ground == Ground.NOT_ACCEPTED ? "ngày nhận quyết định giải quyết lần đầu (" : "ngày hết thời hạn giải quyết lần đầu (")
          + Dates.text(eventOn) + "), hạn cuối là ngày " + Dates.text(filingDue)
          + " (Luật Khiếu nại 2011 Điều 33). Đơn không được tiếp nhận.");
    }
    return new Admissible(first, ground, eventOn, filingDue, superior);
  }

  /**
   * Files the escalation: checks it, stores the new case at the superior unit, links it to the first, writes both
   * timelines and starts the second-instance process. One transaction; a refusal stores nothing.
   *
   * @param receivedAtOrNow when the letter arrived (a letter on paper); null for now (the portal)
   * @param citizenAccessCode the access code the citizen opened the first case with: the new case opens with it too
   *     (null for a letter on paper: a new access code is drawn and returned)
   */
  public Filed file(String firstTrackingCode, String reason, Channel channel, OffsetDateTime receivedAtOrNow,
      LocalDate decisionReceivedOn, String actor, String citizenAccessCode) {
    OffsetDateTime receivedAt = receivedAtOrNow == null ? clock.nowOffset() : receivedAtOrNow;
    String text = reason == null ? "" : reason.strip();
    if (text.length() < MIN_REASON || text.length() > MAX_REASON) {
      throw new Refused("Nêu lý do không đồng ý với việc giải quyết lần đầu (từ " + MIN_REASON + " đến " + MAX_REASON
          + " ký tự, hiện có " + text.length() + ").");
    }
    if (CONTROL.matcher(text).find()) {
      throw new Refused("Lý do chứa ký tự điều khiển không hợp lệ.");
    }
    if (receivedAt.isAfter(clock.nowOffset())) {
      throw new Refused("Thời điểm nhận đơn không được ở tương lai.");
    }
    return tx.execute(status -> {
      CaseRecord first = cases.getByTrackingCode(firstTrackingCode);
      // one escalation per first case, also when two arrive at once
      jdbc.sql("UPDATE report_case SET updated_at = updated_at WHERE id = :id").param("id", first.id()).update();
      Admissible ok = check(first, decisionReceivedOn);
      LocalDate receivedOn = receivedAt.atZoneSameInstant(clock.zone()).toLocalDate();
      String code = codes.newTrackingCode(receivedOn);
      String accessCode = citizenAccessCode != null ? citizenAccessCode : codes.newAccessCode();
      long id = cases.insert(new NewCase(code, codes.hashAccessCode(code, accessCode),
          first.reported().again(channel, text, receivedAt), null, null, actor));
      cases.classify(id, first.category(), first.conductCode(), first.officialBadgeCode());
      jdbc.sql("UPDATE report_case SET handling_unit = :u WHERE id = :id").param("u", ok.superiorUnit()).param("id", id)
          .update();
      cases.updateStatus(id, CaseStatus.IN_VERIFICATION);
      cases.complainantOf(first.id()).ifPresent(p -> cases.insertComplainant(id, p));
      jdbc.sql("""
              INSERT INTO escalation (case_id, first_case_id, ground, reason, event_on, filing_due, channel, filed_at, filed_by)
              VALUES (:id, :first, :ground, :reason, :eventOn, :due, :channel, :at, :by)""")
          .param("id", id).param("first", first.id()).param("ground", ok.ground().name()).param("reason", text)
          .param("eventOn", ok.eventOn()).param("due", ok.filingDue()).param("channel", channel.name())
          .param("at", receivedAt).param("by", actor).update();
      String superiorName = reference.unit(ok.superiorUnit()).map(ReferenceData.Unit::name).orElse(ok.superiorUnit());
      boolean complaint = first.category() == Category.KHIEU_NAI;
      String what = complaint ? "khiếu nại lần hai" : "tố cáo tiếp";
      history.record(first.id(), "ESCALATED", (complaint ? "Người khiếu nại đã khiếu nại lần hai" : "Người tố cáo đã tố cáo tiếp")
          + " đến " + superiorName + " (" + (ok.ground() == Ground.OVERDUE ? "quá thời hạn giải quyết" : "không đồng ý với kết quả giải quyết")
          + "): hồ sơ " + code + ".", actor, true);
      history.record(id, "RECEIVED", "Đã tiếp nhận " + what + " đối với hồ sơ " + first.trackingCode() + "; " + superiorName
          + " giải quyết.", actor, true);
      audit.record(actor == null ? "citizen" : actor, "CASE_ESCALATED", id, "first=" + first.id() + " ground=" + ok.ground());
      // the case belongs to the desk, not to whoever filed it: no start permission needed
      var user = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      try {
        cases.setProcessInstance(id, definitions.start(PROCESS_KEY, code, Map.of()).getId());
      } finally {
        if (user != null) {
          identity.setAuthentication(user);
        }
      }
      return new Filed(code, citizenAccessCode != null ? null : accessCode, superiorName);
    });
  }

  /** Whether the case is itself a second-level case. */
  public boolean secondLevel(long caseId) {
    return jdbc.sql("SELECT COUNT(*) FROM escalation WHERE case_id = :id").param("id", caseId).query(Long.class).single() > 0;
  }

  private Optional<String> escalatedTo(long firstCaseId) {
    return jdbc.sql("""
            SELECT c.tracking_code FROM escalation e JOIN report_case c ON c.id = e.case_id WHERE e.first_case_id = :id""")
        .param("id", firstCaseId).query(String.class).optional();
  }

  /** The links of a case: up to its first case (from a second-level case) and down to its second-level case. */
  public List<Link> linksOf(long caseId) {
    return jdbc.sql("""
            SELECT c.tracking_code, u.name, e.ground, e.event_on, e.reason, e.filed_at,
                   CASE WHEN e.case_id = :id THEN TRUE ELSE FALSE END AS up
              FROM escalation e
              JOIN report_case c ON c.id = CASE WHEN e.case_id = :id THEN e.first_case_id ELSE e.case_id END
              LEFT JOIN unit u ON u.code = COALESCE(c.handling_unit, c.unit_code)
             WHERE e.case_id = :id OR e.first_case_id = :id ORDER BY e.filed_at""")
        .param("id", caseId)
        .query((rs, i) -> new Link(rs.getString(1), rs.getString(2), Ground.valueOf(rs.getString(3)),
            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, OffsetDateTime.class), rs.getBoolean(7)))
        .list();
  }
}
