package vn.gov.vhcv.desk.casefile;

import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * The four-eyes rule (nguyên tắc bốn mắt): whoever did a piece of work — drafted a conclusion, proposed a sanction
 * or a commendation, requested an extension — does not approve or decide it. A step that needs the rule calls
 * {@link #require} from its completion check, so the refusal rolls the completion back on every route (Tasklist,
 * engine REST, the desk's API); the refused attempt itself is kept in the audit log in its own transaction.
 */
@Component
public class FourEyes {

  /** The audit action of a refused attempt. */
  public static final String REFUSED = "FOUR_EYES_REFUSED";

  private final AuditLog audit;

  public FourEyes(AuditLog audit) {
    this.audit = audit;
  }

  /**
   * Refuses the decision of {@code decider} when they are one of {@code doers}: a user id, or several separated by
   * commas (as a step that records every proposer keeps them); {@code null} when nobody is recorded.
   *
   * @param detail the audit log's detail (in English, not shown to users)
   * @param message the Vietnamese refusal, without the rule's name, which is appended
   */
  public void require(long caseId, String decider, Object doers, String detail, String message) {
    // the engine acting without a signed-in user is not a person who did the work
    if (decider != null && !CaseSteps.Acting.SYSTEM.equals(decider) && doers != null && Arrays.asList(doers.toString().split(",")).contains(decider)) {
      audit.recordRefusal(decider, REFUSED, caseId, detail);
      throw new Refusal(message + " (nguyên tắc bốn mắt)");
    }
  }
}
