package vn.gov.vhcv.desk.notification;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;

/** Writes the notices to the person who sent a report, when they left an e-mail address. */
@Component
public class ComplainantNotices {

  private final Outbox outbox;
  private final CaseRepository cases;
  private final MailTemplates templates;
  private final CaseHistory history;

  public ComplainantNotices(Outbox outbox, CaseRepository cases, MailTemplates templates, CaseHistory history) {
    this.history = history;
    this.outbox = outbox;
    this.cases = cases;
    this.templates = templates;
  }

  /**
   * "Đã tiếp nhận": tracking code and access code. The stored notice holds {@link AccessCodeSeal#PLACEHOLDER}
   * where the code goes and the code only sealed; the mail gets the code when it is sent. Stored in the citizen's
   * request, sent once the case is registered ({@link Outbox#sendWaiting(long)}).
   */
  public void acknowledgement(long caseId, String trackingCode, String accessCode, LocalDate due, String email) {
    if (email == null) {
      return;
    }
    var mail = templates.render(NoticeKind.ACKNOWLEDGEMENT,
        Map.of("trackingCode", trackingCode, "accessCode", AccessCodeSeal.PLACEHOLDER, "dueOn", Dates.text(due)));
    outbox.enqueueForRegistration(caseId, "ACK:" + caseId, NoticeKind.ACKNOWLEDGEMENT, email, mail, accessCode);
  }

  /**
   * Tells the sender what became of their report: {@code text} on the case's public timeline (the status page)
   * as event {@code event}, and the notice of {@code kind} by mail when they left an address — each once, however
   * often the step runs.
   */
  public void tell(CaseRecord c, String event, NoticeKind kind, String text) {
    history.recordOnce(c.id(), event, text, null, true, event + ":" + c.id());
    send(c, kind, Map.of("detail", text), kind.name() + ":" + c.id());
  }

  /**
   * Accepted / refused / forwarded / result: {@code text} is the sentence also shown on the public
   * timeline; the subject comes from the template of {@code kind} ({@code subject} is ignored).
   */
  public void send(CaseRecord c, NoticeKind kind, String subject, String text) {
    send(c, kind, Map.of("detail", text == null ? "" : text), kind.name() + ":" + c.id());
  }

  /**
   * "Thông tin tiến độ" while the case is overdue, round 1, 2, … — sent by the clock watch
   * ({@code sendProgressNotice}) every 7 working days after the due day; one notice per round.
   */
  public void progress(CaseRecord c, int round, LocalDate dueOn, String stage) {
    send(c, NoticeKind.PROGRESS, Map.of("round", String.valueOf(round), "dueOn", Dates.text(dueOn), "stage", stage),
        "PROGRESS:" + c.id() + ":" + round);
  }

  /** Whether the sender of the case left an e-mail address (an anonymous letter has none). */
  public boolean reachable(long caseId) {
    return cases.complainantOf(caseId).map(p -> p.email()).filter(e -> e != null && !e.isBlank()).isPresent();
  }

  private void send(CaseRecord c, NoticeKind kind, Map<String, String> values, String dedupKey) {
    cases.complainantOf(c.id()).map(p -> p.email()).filter(e -> e != null && !e.isBlank()).ifPresent(email -> {
      var model = new java.util.HashMap<String, Object>(values);
      model.put("trackingCode", c.trackingCode());
      outbox.enqueue(c.id(), dedupKey, kind, email, templates.render(kind, model), null);
    });
  }
}
