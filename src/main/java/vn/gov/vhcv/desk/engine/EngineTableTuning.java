package vn.gov.vhcv.desk.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * What two of the engine's own queries need at a province's volumes, added to the engine's tables at start-up
 * (they are created by the engine, after the desk's migrations). Both statements are idempotent, so every node
 * runs them; a failure only leaves a query slower and is logged.
 *
 * <ul>
 *   <li>Indexes on {@code ACT_RU_JOB(DUEDATE_)} and {@code (PRIORITY_ DESC)}: the job executor looks for due jobs
 *   every few seconds, by priority. Every open case keeps timers of its clock watches that are due in days;
 *   without the index each look reads all of them (measured with 100,000 future timers and 50 due jobs:
 *   PostgreSQL 90 ms per look, 0.3 ms with the index; H2 1.2 s, 30–40 ms with the index and due dates always
 *   set — H2 reads no index for {@code DUEDATE_ IS NULL OR DUEDATE_ <= now}, hence
 *   {@code ensureJobDueDateNotNull}, and jobs an older version left without a due date get one here). With a
 *   backlog of due jobs (a spike) the priority index lets the look stop after the first batch: H2 with 14,000
 *   due jobs 197 ms → 14–43 ms.</li>
 *   <li>PostgreSQL only: a partial index on the locked jobs. The acquisition skips jobs whose process instance has
 *   a locked exclusive job ({@code NOT EXISTS}); PostgreSQL answers that by reading every job (spike backlog of
 *   19,000 jobs: 105 ms per acquisition) — with the index only the few locked ones (2.7 ms).</li>
 *   <li>PostgreSQL only: statistics on the permission bits of {@code ACT_RU_AUTHORIZATION}. Every Tasklist query
 *   joins the authorizations on {@code RESOURCE_ID_ IN (task, process key, '*')} filtered by
 *   {@code (PERMS_ & 2) = 2}; PostgreSQL guesses 0.5 % for a bit-and, believes the grants of a group holding one
 *   per task are few, and compares every task with every grant (12,000 tasks: 13.7 s, 144 million comparisons).
 *   With the statistics it looks each task's grants up in the {@code RESOURCE_ID_} index (0.17 s). The bits are
 *   those of the engine's read checks: READ (2), READ_TASK (64), READ_INSTANCE (512), READ_HISTORY (4096).</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "desk.engine.table-tuning", havingValue = "true", matchIfMissing = true)
@Order(1)
public class EngineTableTuning implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(EngineTableTuning.class);

  public static final String JOB_DUE_INDEX = "desk_idx_job_duedate";
  public static final String JOB_PRIORITY_INDEX = "desk_idx_job_priority";
  public static final String JOB_LOCKED_INDEX = "desk_idx_job_locked";
  public static final String AUTHORIZATION_STATISTICS = "act_st_auth_perms";

  private final DataSource dataSource;

  public EngineTableTuning(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS " + JOB_DUE_INDEX + " ON ACT_RU_JOB (DUEDATE_)");
      statement.execute("CREATE INDEX IF NOT EXISTS " + JOB_PRIORITY_INDEX + " ON ACT_RU_JOB (PRIORITY_ DESC)");
      int dated;
      // the engine's own "now" (its clock, the JVM's time zone), as it would have set it when creating the job
      try (var update = connection.prepareStatement("UPDATE ACT_RU_JOB SET DUEDATE_ = ? WHERE DUEDATE_ IS NULL")) {
        update.setTimestamp(1, new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()));
        dated = update.executeUpdate();
      }
      if (dated > 0) {
        log.info("{} việc nền chưa có hạn chạy đã được gán hạn là ngay bây giờ", dated);
      }
      if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        statement.execute("CREATE INDEX IF NOT EXISTS " + JOB_LOCKED_INDEX
            + " ON ACT_RU_JOB (LOCK_EXP_TIME_) WHERE LOCK_OWNER_ IS NOT NULL");
        boolean missing;
        try (var rs = statement.executeQuery(
            "SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = '" + AUTHORIZATION_STATISTICS + "'")) {
          missing = rs.next() && rs.getLong(1) == 0;
        }
        if (missing) {
          statement.execute("CREATE STATISTICS IF NOT EXISTS " + AUTHORIZATION_STATISTICS
              + " ON (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) FROM act_ru_authorization");
          statement.execute("ANALYZE act_ru_authorization");
        }
      }
    } catch (SQLException e) {
      // another node did it at the same moment, or the database role may not: queries stay right, only slower
      log.warn("Không tạo được chỉ mục/thống kê cho bảng của engine: {}", e.getMessage());
    }
  }
}
