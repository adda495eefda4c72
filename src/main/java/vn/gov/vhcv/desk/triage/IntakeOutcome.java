package vn.gov.vhcv.desk.triage;

import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;

/**
 * A letter that ends at intake (refused, forwarded): its clocks met, its outcome recorded, the case closed, the public
 * history entry written once and the sender told. Idempotent, as the steps that use it are.
 */
@Component
public class IntakeOutcome {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final CaseHistory history;
  private final ComplainantNotices notices;

  public IntakeOutcome(CaseRepository cases, CaseClocks clocks, CaseHistory history, ComplainantNotices notices) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.notices = notices;
  }

  /** Closes the case as {@code status} with {@code text}, told to the sender as {@code kind} under {@code subject}. */
  void close(long caseId, CaseStatus status, String text, NoticeKind kind, String subject, ClockKind... met) {
    for (ClockKind k : met) {
      clocks.complete(caseId, k);
    }
    cases.recordOutcome(caseId, status.name(), text);
    cases.close(caseId, status);
    history.recordOnce(caseId, status.name(), text, null, true, status.name() + ":" + caseId);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    notices.send(c, kind, subject, text);
  }
}
