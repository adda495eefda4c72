package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.DeskTest;

/**
 * On PostgreSQL the desk's connections run without JIT and the planner has statistics on the permission bits of
 * {@code ACT_RU_AUTHORIZATION}, so a group holding one grant per task does not turn the Tasklist query into a
 * comparison of every task with every grant (docs/BENCHMARKS.md, "Tasklist on PostgreSQL"). Skipped on H2.
 */
class AuthorizationPlannerStatisticsTest extends DeskTest {

  @Autowired DataSource dataSource;

  private boolean onPostgres() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void postgresConnectionsRunWithoutJitAndKnowThePermissionBits() throws SQLException {
    assumeTrue(onPostgres(), "PostgreSQL only");
    assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
    assertThat(jdbc.sql("SELECT stxname FROM pg_statistic_ext WHERE stxname = :n")
        .param("n", AuthorizationPlannerStatistics.STATISTICS).query(String.class).list()).hasSize(1);
  }

  @Test
  void taskQueryOverThousandsOfGrantsLooksEachTasksGrantsUp() throws SQLException {
    assumeTrue(onPostgres(), "PostgreSQL only");
    // a province group holding one grant per task, as after a spike of 12,000 reports
    jdbc.sql("""
        INSERT INTO ACT_RU_AUTHORIZATION (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_)
        SELECT 'plan-test-' || g, 1, 1, 'tiep-nhan.ubnd-tinh', 7, 'plan-test-task-' || g, 6
        FROM generate_series(1, 12000) g""").update();
    try {
      jdbc.sql("ANALYZE ACT_RU_AUTHORIZATION").update();
      // the engine's task query with its authorization join, as Tasklist sends it for the province's intake
      String plan = String.join("\n", jdbc.sql("""
          EXPLAIN SELECT DISTINCT RES.ID_, RES.DUE_DATE_ FROM ACT_RU_TASK RES
          LEFT JOIN ACT_RE_PROCDEF D ON RES.PROC_DEF_ID_ = D.ID_
          LEFT JOIN (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2
            AND (A.USER_ID_ IN ('tiepnhan', '*') OR A.GROUP_ID_ IN ('tiep-nhan', 'tiep-nhan.ubnd-tinh'))
            AND ((A.RESOURCE_TYPE_ = 7 AND (A.PERMS_ & 2) = 2) OR (A.RESOURCE_TYPE_ = 6 AND (A.PERMS_ & 64) = 64))) AUTH
            ON AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')
          WHERE AUTH.RESOURCE_ID_ IS NOT NULL ORDER BY RES.DUE_DATE_ LIMIT 50""").query(String.class).list());
      // without the statistics PostgreSQL expects ~60 grants and compares every task with all 12,000
      assertThat(plan).contains("act_idx_auth_resource_id").doesNotContain("Seq Scan on act_ru_authorization");
    } finally {
      jdbc.sql("DELETE FROM ACT_RU_AUTHORIZATION WHERE ID_ LIKE 'plan-test-%'").update();
      jdbc.sql("ANALYZE ACT_RU_AUTHORIZATION").update();
    }
  }
}
