package vn.gov.vhcv.desk.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL see how many authorization rows the engine's permission checks really match.
 *
 * <p>Every Tasklist query joins {@code ACT_RU_AUTHORIZATION} on {@code RESOURCE_ID_ IN (task, process key, '*')}
 * filtered by {@code (PERMS_ & 2) = 2}. PostgreSQL has no statistics for a bit-and and guesses 0.5 % of the
 * rows; with thousands of per-task grants it then believes the filtered list is tiny and compares every
 * visible task with every grant (measured: 13.7 s for 12,000 tasks, 144 million comparisons). Statistics on
 * the permission expressions give it the real number, and it looks each task's grants up in the
 * {@code RESOURCE_ID_} index instead (0.17 s, growing with the tasks, not with their square). The bits are
 * those of the engine's read checks: READ (2), READ_TASK (64), READ_INSTANCE (512), READ_HISTORY (4096).
 * H2 needs none of this; the statement is idempotent, so every node may run it at start-up.
 */
@Component
@Order(1)
public class AuthorizationPlannerStatistics implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AuthorizationPlannerStatistics.class);

  static final String STATISTICS = "act_st_auth_perms";

  private final DataSource dataSource;

  public AuthorizationPlannerStatistics(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      ensure();
    } catch (SQLException e) {
      // another node created it at the same moment, or the role may not: queries stay right, only slower
      log.warn("Không tạo được thống kê quyền cho PostgreSQL: {}", e.getMessage());
    }
  }

  void ensure() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        boolean missing;
        try (var rs = statement.executeQuery("SELECT COUNT(*) FROM pg_statistic_ext WHERE stxname = '" + STATISTICS + "'")) {
          missing = rs.next() && rs.getLong(1) == 0;
        }
        if (missing) {
          statement.execute("CREATE STATISTICS IF NOT EXISTS " + STATISTICS
              + " ON (perms_ & 2), (perms_ & 64), (perms_ & 512), (perms_ & 4096) FROM act_ru_authorization");
          statement.execute("ANALYZE act_ru_authorization");
          log.info("Thống kê quyền cho bộ lập kế hoạch PostgreSQL đã tạo ({})", STATISTICS);
        }
      }
    }
  }
}
