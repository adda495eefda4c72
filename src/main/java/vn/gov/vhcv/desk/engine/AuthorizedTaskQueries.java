package vn.gov.vhcv.desk.engine;

import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's task query (Tasklist's lists, filters and counts) with its authorization check as semi-joins.
 *
 * <p>The engine joins every visible task to the user's grants {@code ON AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_,
 * '*')} and keeps the tasks for which a grant was found. A join on an {@code IN} over columns can only be evaluated
 * task by task: on PostgreSQL an index probe of the grants per task (about 15 µs), so a page for a group that
 * sees 13,000 open tasks — the province's intake group after a viral spike, since a unit's superiors are
 * candidates of its tasks — took 250–390 ms (benchmark "scale"). The same condition, written as "the task's id is
 * among the granted resource ids, or its process key is, or a grant covers every resource", lets the database
 * read the user's grants once into a hash and look each task up in it ({@code EXPLAIN ANALYZE} on the benchmark's
 * database: 320 → 133 ms for the page, 272 → 98 ms for the count; docs/BENCHMARKS.md).
 *
 * <p>The rewrite keeps the engine's own filter of grants (user, groups, resource types and permission bits, with
 * its parameters in the same order) as a common table expression and changes only how it is matched; a task is
 * visible exactly when the engine's join would have found a row. It applies only to a statement of exactly the
 * shape the engine writes for the task query with a left join and no revoke check; any other statement (other
 * queries, a revoke check, a changed engine) runs as the engine wrote it. {@code AuthorizedTaskQueriesTest}
 * compares what each demo user sees with and without it (on PostgreSQL).
 */
@Component
@ConditionalOnProperty(name = "desk.engine.task-query-rewrite", havingValue = "true", matchIfMissing = true)
public class AuthorizedTaskQueries extends AbstractProcessEnginePlugin {

  /** Statements rewritten since start (for the test that checks the rewrite really runs). */
  static final AtomicLong REWRITTEN = new AtomicLong();

  /** Off only in the test that compares the rewritten query with the engine's own. */
  static volatile boolean enabled = true;

  private static final Pattern GRANTS = Pattern.compile(
      "left\\s+join\\s+\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+ACT_RU_AUTHORIZATION\\s+A\\s+WHERE\\s",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern JOIN_CONDITION = Pattern.compile(
      "^\\s*AUTH\\s+ON\\s+\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s+\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern FOUND = Pattern.compile("\\(\\s*AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TASK_TABLE = Pattern.compile("\\sfrom\\s+ACT_RU_TASK\\s+RES\\s",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ANY_AUTH = Pattern.compile("\\bAUTH\\d*\\.", Pattern.CASE_INSENSITIVE);

  /**
   * On PostgreSQL only: that is where the per-task probe costs (H2 answers the demo's Tasklist from its result
   * cache in under a millisecond), and H2 2.x does not bind the parameters inside a common table expression anew
   * for each execution of a prepared statement — the rewritten query returned the first user's tasks to the next.
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewriter());
    }
  }

  /**
   * The statement with its grant join turned into semi-joins, or {@code sql} itself when it is not the engine's
   * authorized task query.
   */
  static String rewrite(String sql) {
    if (!sql.stripLeading().regionMatches(true, 0, "select", 0, 6) || !TASK_TABLE.matcher(sql).find()) {
      return sql;
    }
    Matcher grants = GRANTS.matcher(sql);
    if (!grants.find()) {
      return sql;
    }
    int open = sql.indexOf('(', grants.start());
    int close = matchingParenthesis(sql, open);
    if (close < 0 || sql.substring(0, grants.start()).indexOf('?') >= 0) {
      // parameters before the grants would change places when the grants move to the front
      return sql;
    }
    Matcher on = JOIN_CONDITION.matcher(sql.substring(close + 1));
    if (!on.find()) {
      return sql;
    }
    String filter = sql.substring(grants.end(), close);
    String rest = sql.substring(0, grants.start()) + " " + sql.substring(close + 1 + on.end());
    Matcher found = FOUND.matcher(rest);
    if (!found.find()) {
      return sql;
    }
    int at = found.start();
    int end = found.end();
    if (found.find()) {
      return sql;
    }
    rest = rest.substring(0, at) + "(RES.ID_ IN (SELECT RESOURCE_ID_ FROM DESK_TASK_GRANTS)"
        + " OR D.KEY_ IN (SELECT RESOURCE_ID_ FROM DESK_TASK_GRANTS)"
        + " OR EXISTS (SELECT 1 FROM DESK_TASK_GRANTS WHERE RESOURCE_ID_ = '*'))"
        + rest.substring(end);
    if (ANY_AUTH.matcher(rest).find()) {
      return sql;
    }
    return "WITH DESK_TASK_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE " + filter + ") "
        + rest.stripLeading();
  }

  private static int matchingParenthesis(String sql, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** MyBatis plugin: rewrites the statement's text just before it is prepared; its parameters stay as bound. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static class Rewriter implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      if (enabled) {
        BoundSql bound = ((StatementHandler) invocation.getTarget()).getBoundSql();
        String sql = bound.getSql();
        String rewritten = rewrite(sql);
        if (!rewritten.equals(sql)) {
          SystemMetaObject.forObject(bound).setValue("sql", rewritten);
          REWRITTEN.incrementAndGet();
        }
      }
      return invocation.proceed();
    }
  }
}
