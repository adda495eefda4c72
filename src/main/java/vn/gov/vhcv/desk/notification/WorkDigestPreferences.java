package vn.gov.vhcv.desk.notification;

import java.util.List;
import java.util.Set;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.vhcv.desk.DeskClock;

/**
 * Who gets "việc đang chờ" as one daily digest ({@code staff_notice_preference.work_digest}) instead of one
 * mail per task (the default, no row).
 */
@Repository
public class WorkDigestPreferences {

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public WorkDigestPreferences(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean wantsDigest(String userId) {
    return jdbc.sql("SELECT COUNT(*) FROM staff_notice_preference WHERE user_id = :u AND work_digest = TRUE")
        .param("u", userId).query(Integer.class).single() > 0;
  }

  /** The users who chose the daily digest, by id. */
  public List<String> digestUsers() {
    return jdbc.sql("SELECT user_id FROM staff_notice_preference WHERE work_digest = TRUE ORDER BY user_id")
        .query(String.class).list();
  }

  public Set<String> digestUsersSet() {
    return new HashSet<>(digestUsers());
  }

  /** Records the choice of {@code userId}; setting the same value again changes nothing but the time. */
  @Transactional
  public void set(String userId, boolean digest) {
    if (userId == null || userId.isBlank() || userId.length() > 64) {
      throw new IllegalArgumentException("Không xác định được người dùng");
    }
    int updated = jdbc.sql("UPDATE staff_notice_preference SET work_digest = :d, updated_at = :now WHERE user_id = :u")
        .param("d", digest).param("now", clock.nowOffset()).param("u", userId).update();
    if (updated == 0) {
      jdbc.sql("INSERT INTO staff_notice_preference (user_id, work_digest, updated_at) VALUES (:u, :d, :now)")
          .param("u", userId).param("d", digest).param("now", clock.nowOffset()).update();
    }
  }
}
