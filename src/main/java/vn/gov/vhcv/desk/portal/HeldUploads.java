package vn.gov.vhcv.desk.portal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Attachments;
import vn.gov.vhcv.desk.intake.CaseCodes;

/**
 * Files a citizen attached to a report form that came back with an error, held server-side (table
 * {@code held_upload}) under a random token the form carries in a hidden field, so the next send attaches them
 * without choosing them again. Only files that passed {@link Attachments#check} are held, and they are checked
 * again when the report is sent. Bounded: at most {@link Attachments#MAX_FILES} per form, {@link #TTL} at most,
 * {@link #MAX_TOTAL_BYTES} for all forms together (beyond it nothing more is held and the sender is told to
 * choose the files again); what is older than {@link #TTL} is deleted whenever something is held.
 */
@Service
public class HeldUploads {

  public static final Duration TTL = Duration.ofHours(1);
  public static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

  /** A held file as the form shows it. */
  public record Held(long id, String fileName, long sizeBytes) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public HeldUploads(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** A new form token: 128 random bits, URL-safe. */
  public static String newToken() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code token} has the shape of one {@link #newToken()} gives (anything else holds nothing). */
  public static boolean wellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{22}");
  }

  /** The files held for {@code token} (none for a malformed, unknown or expired one), oldest first. */
  public List<Held> list(String token) {
    if (!wellFormed(token)) {
      return List.of();
    }
    return jdbc.sql("SELECT id, file_name, size_bytes FROM held_upload WHERE form_token_hash = :t AND held_at > :since"
            + " ORDER BY id")
        .param("t", hash(token)).param("since", since())
        .query((rs, i) -> new Held(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
  }

  /** The held files of {@code token}, checked again as they are about to be stored with the report. */
  public List<Attachments.Checked> checked(String token) throws Attachments.RejectedFile {
    if (!wellFormed(token)) {
      return List.of();
    }
    List<Object[]> rows = jdbc.sql("SELECT file_name, content FROM held_upload WHERE form_token_hash = :t"
            + " AND held_at > :since ORDER BY id")
        .param("t", hash(token)).param("since", since())
        .query((rs, i) -> new Object[] {rs.getString(1), rs.getBytes(2)}).list();
    List<Attachments.Checked> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(Attachments.check(new Attachments.Upload((String) r[0], (byte[]) r[1])));
    }
    return out;
  }

  /**
   * Holds checked files for {@code token}; false (nothing held) when that would pass the bound of all held bytes
   * or of {@link Attachments#MAX_FILES} files for the form.
   */
  public boolean hold(String token, List<Attachments.Checked> files) {
    if (!wellFormed(token)) {
      throw new IllegalArgumentException("form token");
    }
    if (files.isEmpty()) {
      return true;
    }
    jdbc.sql("DELETE FROM held_upload WHERE held_at <= :since").param("since", since()).update();
    long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
    long all = jdbc.sql("SELECT COALESCE(SUM(size_bytes), 0) FROM held_upload").query(Long.class).single();
    if (all + bytes > MAX_TOTAL_BYTES || list(token).size() + files.size() > Attachments.MAX_FILES) {
      return false;
    }
    OffsetDateTime now = clock.nowOffset();
    for (Attachments.Checked f : files) {
      jdbc.sql("INSERT INTO held_upload (form_token_hash, file_name, size_bytes, content, held_at)"
              + " VALUES (:t, :name, :size, :content, :at)")
          .param("t", hash(token)).param("name", f.fileName()).param("size", (long) f.bytes().length)
          .param("content", f.bytes()).param("at", now).update();
    }
    return true;
  }

  /** Lets go of the held files {@code ids} of {@code token} (ids of other forms are ignored). */
  public void remove(String token, List<Long> ids) {
    if (!wellFormed(token) || ids.isEmpty()) {
      return;
    }
    jdbc.sql("DELETE FROM held_upload WHERE form_token_hash = :t AND id IN (:ids)")
        .param("t", hash(token)).param("ids", ids).update();
  }

  /** Lets go of every file held for {@code token} (the report was sent with them). */
  public void release(String token) {
    if (wellFormed(token)) {
      jdbc.sql("DELETE FROM held_upload WHERE form_token_hash = :t").param("t", hash(token)).update();
    }
  }

  private OffsetDateTime since() {
    return clock.nowOffset().minus(TTL);
  }

  private static String hash(String token) {
    return CaseCodes.sha256("held_upload:" + token);
  }
}
