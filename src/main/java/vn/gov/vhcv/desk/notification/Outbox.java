package vn.gov.vhcv.desk.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/**
 * Notices waiting to be sent. A notice is written in the transaction of the step that causes it; its
 * dedup key makes writing it again (a retried job, a repeated call) a no-op.
 */
@Repository
public class Outbox {

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public Outbox(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @return true when the notice was new */
  public boolean enqueue(Long caseId, String dedupKey, NoticeKind kind, String recipient, String subject, String body) {
    Integer exists = jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE dedup_key = :k").param("k", dedupKey)
        .query(Integer.class).single();
    if (exists > 0) {
      return false;
    }
    jdbc.sql("""
            INSERT INTO notification_outbox (case_id, dedup_key, kind, recipient, subject, body, status, created_at)
            VALUES (:caseId, :key, :kind, :recipient, :subject, :body, 'PENDING', :now)""")
        .param("caseId", caseId).param("key", dedupKey).param("kind", kind.name()).param("recipient", recipient)
        .param("subject", subject).param("body", body).param("now", clock.nowOffset())
        .update();
    return true;
  }

  public long countFor(long caseId, NoticeKind kind) {
    return jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE case_id = :id AND kind = :kind")
        .param("id", caseId).param("kind", kind.name()).query(Long.class).single();
  }
}
