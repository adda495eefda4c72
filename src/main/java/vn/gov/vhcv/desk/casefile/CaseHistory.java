package vn.gov.vhcv.desk.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/**
 * The timeline of a case. Public entries are what the citizen reads; internal ones are for staff.
 * An entry with a dedup key is written once however often the step that writes it runs.
 */
@Repository
public class CaseHistory {

  public record Entry(OffsetDateTime at, String kind, String message, String actor, boolean publicEntry) {}

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public CaseHistory(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(long caseId, String kind, String message, String actor, boolean publicEntry) {
    recordAt(caseId, kind, message, actor, publicEntry, clock.nowOffset(), null);
  }

  /** Writes the entry unless one with the same key exists: for steps that may run again. True when written. */
  public boolean recordOnce(long caseId, String kind, String message, String actor, boolean publicEntry, String dedupKey) {
    Integer exists = jdbc.sql("SELECT COUNT(*) FROM case_event WHERE dedup_key = :k").param("k", dedupKey)
        .query(Integer.class).single();
    if (exists == 0) {
      recordAt(caseId, kind, message, actor, publicEntry, clock.nowOffset(), dedupKey);
      return true;
    }
    return false;
  }

  /**
   * The internal entry of a service task that records what a user task decided: written once per pass through the
   * step (its activity instance), so running the step again in the same pass writes nothing twice. True when written.
   */
  public boolean recordStep(DelegateExecution step, long caseId, String kind, String message, String actor) {
    return recordStep(step, caseId, kind, message, actor, false);
  }

  /** {@link #recordStep}, shown to the complainant too when {@code publicEntry}. */
  public boolean recordStep(DelegateExecution step, long caseId, String kind, String message, String actor,
      boolean publicEntry) {
    return recordOnce(caseId, kind, message, actor, publicEntry, "step:" + step.getActivityInstanceId());
  }

  private void recordAt(long caseId, String kind, String message, String actor, boolean publicEntry,
      OffsetDateTime at, String dedupKey) {
    jdbc.sql("""
            INSERT INTO case_event (case_id, occurred_at, kind, message, actor, public_entry, dedup_key)
            VALUES (:caseId, :at, :kind, :message, :actor, :pub, :dedup)""")
        .param("caseId", caseId).param("at", at).param("kind", kind).param("message", message)
        .param("actor", actor).param("pub", publicEntry).param("dedup", dedupKey)
        .update();
  }

  public List<Entry> publicEntries(long caseId) {
    return entries(caseId, true);
  }

  public List<Entry> allEntries(long caseId) {
    return entries(caseId, false);
  }

  private List<Entry> entries(long caseId, boolean onlyPublic) {
    return jdbc.sql("SELECT occurred_at, kind, message, actor, public_entry FROM case_event WHERE case_id = :id"
            + (onlyPublic ? " AND public_entry = TRUE" : "") + " ORDER BY occurred_at, id")
        .param("id", caseId)
        .query((rs, i) -> new Entry(rs.getObject(1, OffsetDateTime.class), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getBoolean(5)))
        .list();
  }
}
