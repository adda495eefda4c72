package vn.gov.vhcv.desk.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;

/** Who did or saw what, when: every state change and every view of confidential data. */
@Repository
public class AuditLog {

  private final JdbcClient jdbc;
  private final DeskClock clock;
  private final TransactionTemplate ownTransaction;

  public AuditLog(JdbcClient jdbc, DeskClock clock, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * A refused attempt (e.g. approving one's own proposal): written in a transaction of its own, because the
   * caller then throws and rolls its step back — the attempt must stay in the log all the same.
   */
  public void recordRefusal(String actor, String action, Long caseId, String detail) {
    ownTransaction.executeWithoutResult(status -> record(actor, action, caseId, detail));
  }

  public void record(String actor, String action, Long caseId, String detail) {
    jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, case_id, detail) VALUES (:at, :actor, :action, :caseId, :detail)")
        .param("at", clock.nowOffset()).param("actor", actor == null ? CaseSteps.Acting.SYSTEM : actor).param("action", action)
        .param("caseId", caseId).param("detail", detail)
        .update();
  }

  public long count(long caseId, String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = :action")
        .param("id", caseId).param("action", action).query(Long.class).single();
  }
}
