package vn.gov.vhcv.desk.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Complainant;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * Notices to the reported official (to their own address, else their unit's). They never carry the
 * complainant's identity: the templates get no complainant data, and every rendered mail is checked
 * against the complainant's name, phone, e-mail and address before it is stored.
 */
@Component
public class OfficialNotices {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final Outbox outbox;
  private final MailTemplates templates;
  private final ReferenceData reference;
  private final CaseRepository cases;

  public OfficialNotices(Outbox outbox, MailTemplates templates, ReferenceData reference, CaseRepository cases) {
    this.outbox = outbox;
    this.templates = templates;
    this.reference = reference;
    this.cases = cases;
  }

  /** "Đề nghị giải trình": what kind of conduct is reported and by when to explain. */
  public boolean explanationRequest(CaseRecord c, String conduct, LocalDate dueOn) {
    return send(c, NoticeKind.EXPLANATION_REQUEST, "EXPLAIN:" + c.id(),
        Map.of("conduct", conduct == null ? "" : conduct, "dueOn", Dates.text(dueOn)));
  }

  /** "Giấy mời họp Hội đồng kỷ luật" with date, time and place; {@code round} 1, 2, 3 (absences before). */
  public boolean councilSummons(CaseRecord c, int round, LocalDateTime when, String place) {
    return send(c, NoticeKind.COUNCIL_SUMMONS, "SUMMONS:" + c.id() + ":" + round,
        Map.of("when", WHEN.format(when), "place", place == null ? "" : place, "round", String.valueOf(round)));
  }

  /** "Thông báo quyết định kỷ luật": the form, the decision's number and date, and until when to appeal. */
  public boolean disciplineDecision(CaseRecord c, String decision, String decisionNumber, LocalDate decisionDate,
      int appealDays) {
    return send(c, NoticeKind.DISCIPLINE_DECISION, "DISCIPLINE_DECISION_OFFICIAL:" + c.id(), Map.of("decision", decision,
        "decisionNumber", decisionNumber == null ? "" : decisionNumber,
        "decisionDate", decisionDate == null ? "" : Dates.text(decisionDate),
        "appealDays", String.valueOf(appealDays)));
  }

  /** "Quyết định khen thưởng" to the praised official: who awarded what, by which decision. */
  public boolean commendation(CaseRecord c, String award, String approverTitle, String decisionNumber, LocalDate decisionDate) {
    return send(c, NoticeKind.COMMENDATION, "COMMENDATION:" + c.id(), Map.of("award", award,
        "approver", approverTitle == null ? "" : approverTitle, "decisionNumber", decisionNumber == null ? "" : decisionNumber,
        "decisionDate", Dates.text(decisionDate)));
  }

  /**
   * "Cảnh báo cán bộ bị phản ánh nhiều lần" to the official's unit (its leaders), not to the official.
   *
   * @return false when the unit has no address
   */
  public boolean repeatOffender(CaseRecord c, ReferenceData.Official official, int foundedInTwelveMonths) {
    return unitEmail(official.unitCode()).map(email -> sendTo(c, NoticeKind.REPEAT_OFFENDER, "REPEAT_OFFENDER:" + c.id(),
        email, official.fullName(), Map.of("badgeCode", official.badgeCode(), "count", String.valueOf(foundedInTwelveMonths))))
        .orElse(false);
  }

  private boolean send(CaseRecord c, NoticeKind kind, String key, Map<String, String> values) {
    var official = reference.official(c.officialBadgeCode());
    String name = official.map(ReferenceData.Official::fullName).orElse(c.officialNameGiven());
    String email = official.map(ReferenceData.Official::email).filter(e -> e != null && !e.isBlank())
        .or(() -> unitEmail(official.map(ReferenceData.Official::unitCode).orElse(c.unitCode())))
        .orElse(null);
    return email != null && sendTo(c, kind, key, email, name, values);
  }

  private java.util.Optional<String> unitEmail(String unitCode) {
    return reference.unit(unitCode).map(ReferenceData.Unit::email).filter(e -> e != null && !e.isBlank());
  }

  /** Renders the notice, refuses it if it would name the complainant, and stores it for sending. */
  private boolean sendTo(CaseRecord c, NoticeKind kind, String key, String email, String officialName,
      Map<String, String> values) {
    var model = new HashMap<String, Object>(values);
    model.put("trackingCode", c.trackingCode());
    model.put("officialName", officialName == null ? "" : officialName);
    var mail = templates.render(kind, model);
    cases.complainantOf(c.id()).ifPresent(p -> refuseIfIdentifies(mail, p));
    return outbox.enqueue(c.id(), key, kind, email, mail, null);
  }

  private static void refuseIfIdentifies(MailTemplates.Rendered mail, Complainant p) {
    String all = (mail.subject() + "\n" + mail.text() + "\n" + mail.html()).toLowerCase();
    for (String s : new String[] {p.fullName(), p.phone(), p.email(), p.address()}) {
      if (s != null && s.strip().length() >= 4 && all.contains(s.strip().toLowerCase())) {
        throw new IllegalStateException("Thư gửi phía người bị phản ánh không được chứa thông tin người phản ánh");
      }
    }
  }
}
