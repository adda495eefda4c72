package vn.gov.vhcv.desk.engine;

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
class EngineTableTuningTest extends DeskTest {

  @Autowired DataSource dataSource;
  @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

  private boolean onPostgres() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void postgresConnectionsRunWithoutJitAndKnowThePermissionBits() throws SQLException {
    assumeTrue(onPostgres(), "PostgreSQL only");
    assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
    // the desk's own statements keep the plan cache (planning each insert anew cost the spike 15 %)
    assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single()).isEqualTo("auto");
    assertThat(jdbc.sql("SELECT stxname FROM pg_statistic_ext WHERE stxname = :n")
        .param("n", EngineTableTuning.AUTHORIZATION_STATISTICS).query(String.class).list()).hasSize(1);
  }

  @Test
  void theEnginesQueriesArePlannedWithTheirPermissionBits() throws SQLException {
    assumeTrue(onPostgres(), "PostgreSQL only");
    // the engine's permission bits arrive as parameters: a generic plan could not use the statistics
    var tx = new org.springframework.transaction.support.TransactionTemplate(transactions);
    String inQuery = tx.execute(status -> {
      engine.getTaskService().createTaskQuery().taskCandidateGroup("tiep-nhan").listPage(0, 1);
      return jdbc.sql("SHOW plan_cache_mode").query(String.class).single();
    });
    assertThat(inQuery).isEqualTo("force_custom_plan");
    // a Tasklist filter as the intake officer opens it (its query names the user's groups)
    engine.getIdentityService().setAuthentication("tiepnhan", java.util.List.of("tiep-nhan"));
    String filterList;
    try {
      filterList = tx.execute(status -> {
        var filters = engine.getFilterService();
        filters.list(filters.createFilterQuery().list().get(0).getId());
        return jdbc.sql("SHOW plan_cache_mode").query(String.class).single();
      });
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(filterList).isEqualTo("force_custom_plan");
    // only for that transaction: the connection goes back to the pool with the default
    String afterwards = tx.execute(status -> jdbc.sql("SHOW plan_cache_mode").query(String.class).single());
    assertThat(afterwards).isEqualTo("auto");
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

  @Test
  void theJobTableHasItsDueDateAndPriorityIndexesAndEveryJobADueDate() throws SQLException {
    for (String index : new String[] {EngineTableTuning.JOB_DUE_INDEX, EngineTableTuning.JOB_PRIORITY_INDEX}) {
      long found = onPostgres()
          ? jdbc.sql("SELECT COUNT(*) FROM pg_indexes WHERE indexname = :n").param("n", index).query(Long.class).single()
          : jdbc.sql("SELECT COUNT(DISTINCT INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_NAME = :n")
              .param("n", index.toUpperCase()).query(Long.class).single();
      assertThat(found).as(index).isEqualTo(1);
    }
    // an asynchronous step gets a due date too (ensureJobDueDateNotNull), so the due-date index finds it
    String code = reports.submitPublic(complaint(), null).trackingCode();
    var job = engine.getManagementService().createJobQuery().processInstanceId(engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceBusinessKey(code).processDefinitionKey("reportCase").singleResult()
        .getId()).activityId("registerCase").singleResult();
    assertThat(job.getDuedate()).isNotNull();
    register(code);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_JOB WHERE DUEDATE_ IS NULL").query(Long.class).single()).isZero();
  }

  @Autowired EngineTableTuning tuning;

  @Test
  void aJobAnOlderVersionLeftWithoutDueDateGetsOneAtStartUpAndIsFoundAgain() {
    jdbc.sql("""
        INSERT INTO ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, RETRIES_, DUEDATE_, HANDLER_TYPE_, SUSPENSION_STATE_, PRIORITY_)
        VALUES ('undated-test-job', 1, 'message', TRUE, 3, NULL, 'async-continuation', 1, 0)""").update();
    try {
      java.util.Date before = new java.util.Date(System.currentTimeMillis() - 1000);
      tuning.run(null);
      java.sql.Timestamp due = jdbc.sql("SELECT DUEDATE_ FROM ACT_RU_JOB WHERE ID_ = 'undated-test-job'")
          .query(java.sql.Timestamp.class).single();
      assertThat(due).isNotNull().isAfter(before).isBeforeOrEqualTo(new java.util.Date());
      // so the engine's own query for executable jobs sees it
      assertThat(engine.getManagementService().createJobQuery().jobId("undated-test-job").executable().count()).isEqualTo(1);
    } finally {
      jdbc.sql("DELETE FROM ACT_RU_JOB WHERE ID_ = 'undated-test-job'").update();
    }
  }

  @Test
  void jobAcquisitionReadsOnlyDueJobsThroughTheDueDateIndex() throws SQLException {
    assumeTrue(onPostgres(), "the plan is checked on PostgreSQL");
    // 20,000 open cases' watch timers, due in days
    jdbc.sql("""
        INSERT INTO ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, RETRIES_, DUEDATE_, HANDLER_TYPE_, SUSPENSION_STATE_, PRIORITY_)
        SELECT 'plan-test-' || g, 1, 'timer', TRUE, 3, TIMESTAMP '2099-01-01 08:00:00', 'timer-intermediate-transition', 1, 0
        FROM generate_series(1, 20000) g""").update();
    try {
      jdbc.sql("ANALYZE ACT_RU_JOB").update();
      // the engine's acquisition query (Job.xml, selectNextJobsToExecute, by priority)
      String plan = String.join("\n", jdbc.sql("""
          EXPLAIN SELECT RES.ID_, RES.REV_, RES.DUEDATE_, RES.PROCESS_INSTANCE_ID_, RES.EXCLUSIVE_ FROM ACT_RU_JOB RES
          WHERE (RES.RETRIES_ > 0) AND (RES.DUEDATE_ IS NULL OR RES.DUEDATE_ <= now())
            AND (RES.LOCK_OWNER_ IS NULL OR RES.LOCK_EXP_TIME_ < now()) AND RES.SUSPENSION_STATE_ = 1
            AND ((RES.EXCLUSIVE_ = TRUE AND NOT EXISTS (SELECT J2.ID_ FROM ACT_RU_JOB J2
                  WHERE J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_ AND J2.EXCLUSIVE_ = TRUE
                    AND J2.LOCK_OWNER_ IS NOT NULL AND J2.LOCK_EXP_TIME_ >= now())) OR RES.EXCLUSIVE_ = FALSE)
          ORDER BY RES.PRIORITY_ DESC LIMIT 8""").query(String.class).list());
      // due jobs come from an index (due date or priority), the locked ones of the NOT EXISTS from the partial index
      assertThat(plan).doesNotContain("Seq Scan on act_ru_job");
    } finally {
      jdbc.sql("DELETE FROM ACT_RU_JOB WHERE ID_ LIKE 'plan-test-%'").update();
      jdbc.sql("ANALYZE ACT_RU_JOB").update();
    }
  }
}
