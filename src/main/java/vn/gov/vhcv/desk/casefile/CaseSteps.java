package vn.gov.vhcv.desk.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What every step that records a user task's decision does first and last: find its case from the business key
 * (never from a variable), know who acts, write the case history once per pass through the step, and — when that
 * entry is new — the audit line. The recording service tasks of the investigation, discipline, commendation, intake
 * and clock processes are written on it.
 */
@Component
public class CaseSteps {

  /** Who is acting in the engine right now (the security feature answers: the authenticated user, else "system"). */
  public interface Acting {
    /** The actor when the engine acts without a signed-in user (a timer, a job): not a person. */
    String SYSTEM = "system";

    String current();

    /** Who completes {@code task}: the authenticated user, else its assignee, else "system". */
    String completing(DelegateTask task);
  }

  /** A user task being completed: its case and who completes it (for a rule listener's checks). */
  public record Completion(long caseId, String actor) {}

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Acting acting;
  private final FourEyes fourEyes;

  public CaseSteps(CaseRepository cases, CaseHistory history, AuditLog audit, Acting acting, FourEyes fourEyes) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.acting = acting;
    this.fourEyes = fourEyes;
  }

  /** The completion of {@code task} now, through its case. */
  public Completion completing(DelegateTask task) {
    return new Completion(cases.caseIdOf(task), acting.completing(task));
  }

  /**
   * The completion of a decision's task, refused ({@link FourEyes}) when its completer is one of those the process
   * recorded in {@code doersVariable} (who proposed what is decided).
   */
  public Completion completingByAnother(DelegateTask task, String doersVariable, String detail, String message) {
    Completion completion = completing(task);
    fourEyes.require(completion.caseId(), completion.actor(), task.getVariable(doersVariable), detail, message);
    return completion;
  }

  /** This pass of a step through its case. */
  public Step of(DelegateExecution execution) {
    return new Step(execution, cases.caseIdOf(execution), acting.current());
  }

  /** A step's pass: its case and its actor. */
  public final class Step {

    private final DelegateExecution execution;
    private final long caseId;
    private final String actor;

    private Step(DelegateExecution execution, long caseId, String actor) {
      this.execution = execution;
      this.caseId = caseId;
      this.actor = actor;
    }

    public long caseId() {
      return caseId;
    }

    public String actor() {
      return actor;
    }

    /** The case as stored now. */
    public CaseRecord theCase() {
      return cases.findById(caseId).orElseThrow();
    }

    /** The internal history entry of this pass, written once; whether it was new. */
    public boolean record(String kind, String message) {
      return history.recordStep(execution, caseId, kind, message, actor);
    }

    /** {@link #record} and, the first time only, the audit line {@code action} with {@code detail}. */
    public boolean record(String kind, String message, String action, String detail) {
      return recordAudited(false, kind, message, action, detail);
    }

    /** {@link #record(String, String, String, String)}, as an entry the complainant sees too. */
    public boolean recordPublic(String kind, String message, String action, String detail) {
      return recordAudited(true, kind, message, action, detail);
    }

    private boolean recordAudited(boolean publicEntry, String kind, String message, String action, String detail) {
      boolean written = history.recordStep(execution, caseId, kind, message, actor, publicEntry);
      if (written) {
        audit(action, detail);
      }
      return written;
    }

    /** An audit line of this step's actor about its case. */
    public void audit(String action, String detail) {
      audit.record(actor, action, caseId, detail);
    }
  }
}
