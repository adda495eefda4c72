package vn.gov.vhcv.desk.casefile;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/**
 * What the sender added when the desk asked for more information, in the sender's words ({@code sender_information}).
 * Kept here and shown on the staff case page only: never in a process variable, whose value the engine copies into
 * its history for every later candidate group, and which it caps at 4,000 characters.
 */
@Repository
public class SenderInformationLog {

  /** Where the answer came from. */
  public enum Source { PORTAL, API }

  /** One answer: its text (null when the sender only attached files) and how many files came with it. */
  public record Entry(OffsetDateTime receivedAt, Source source, String information, int files) {}

  /** Longest answer accepted, on the status page and through the API alike (the length of a report). */
  public static final int MAX_LENGTH = 5000;

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public SenderInformationLog(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void add(long caseId, Source source, String information, int files) {
    jdbc.sql("""
            INSERT INTO sender_information (case_id, received_at, source, information, files)
            VALUES (:c, :at, :s, :i, :f)""")
        .param("c", caseId).param("at", clock.nowOffset()).param("s", source.name())
        .param("i", information == null || information.isBlank() ? null : information.strip()).param("f", files)
        .update();
  }

  public List<Entry> ofCase(long caseId) {
    return jdbc.sql("SELECT received_at, source, information, files FROM sender_information WHERE case_id = :c"
            + " ORDER BY received_at, id")
        .param("c", caseId)
        .query((rs, i) -> new Entry(rs.getObject(1, OffsetDateTime.class), Source.valueOf(rs.getString(2)),
            rs.getString(3), rs.getInt(4)))
        .list();
  }
}
