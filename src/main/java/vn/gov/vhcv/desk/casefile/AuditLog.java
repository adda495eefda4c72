package vn.gov.vhcv.desk.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/** Who did or saw what, when: every state change and every view of confidential data. */
@Repository
public class AuditLog {

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public AuditLog(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(String actor, String action, Long caseId, String detail) {
    jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, case_id, detail) VALUES (:at, :actor, :action, :caseId, :detail)")
        .param("at", clock.nowOffset()).param("actor", actor == null ? "system" : actor).param("action", action)
        .param("caseId", caseId).param("detail", detail)
        .update();
  }

  public long count(long caseId, String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE case_id = :id AND action = :action")
        .param("id", caseId).param("action", action).query(Long.class).single();
  }
}
