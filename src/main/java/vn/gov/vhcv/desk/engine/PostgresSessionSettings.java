package vn.gov.vhcv.desk.engine;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Two settings of the desk's PostgreSQL connections, both for the engine's authorization joins:
 * <ul>
 *   <li>{@code jit = off} on every connection (a connection-init statement the operator set is kept): the
 *   queries are short but have high estimated costs, so PostgreSQL compiled them to machine code first — on the
 *   Tasklist query over 12,000 tasks 334 ms of compiling for 167 ms of work;</li>
 *   <li>{@code plan_cache_mode = force_custom_plan} for the transaction of each engine query and Tasklist filter
 *   ({@code SET LOCAL}): the driver prepares a statement on the server after five uses, and PostgreSQL then
 *   plans it once for any parameters. The engine passes the permission bits as parameters
 *   ({@code A.PERMS_ & ? = ?}), so that generic plan cannot use the statistics on {@code (PERMS_ & 2)}
 *   ({@link EngineTableTuning}) and compares every task with every grant again: measured in the benchmark, the
 *   Tasklist query over 12,000 tasks took 0.3 s for its first runs and 8.7–11 s from the sixth on. On every
 *   connection it cost the intake spike 15 % of its throughput (every insert and lookup planned anew), so the
 *   engine's other statements keep their cached plans.</li>
 * </ul>
 */
@Component
@ConditionalOnProperty(name = "desk.engine.postgres-session-settings", havingValue = "true", matchIfMissing = true)
public class PostgresSessionSettings extends AbstractProcessEnginePlugin implements BeanPostProcessor {

  static final String INIT_SQL = "SET jit = off";
  static final String QUERY_SQL = "SET LOCAL plan_cache_mode = force_custom_plan";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:") && hikari.getConnectionInitSql() == null) {
      hikari.setConnectionInitSql(INIT_SQL);
    }
    return bean;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandInterceptors.addInsideCommandContext(configuration, new CustomPlansForQueries());
  }

  /** Inside the command's transaction (after the command context is opened): custom plans for a query. */
  static class CustomPlansForQueries extends CommandInterceptor {

    /** Whether the engine's database is PostgreSQL, read once from its connection (not from the configured type). */
    private volatile Boolean postgres;

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd) {
        try {
          var connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
          if (postgres == null) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
          }
          if (postgres) {
            try (Statement s = connection.createStatement()) {
              s.execute(QUERY_SQL);
            }
          }
        } catch (SQLException e) {
          throw new IllegalStateException("could not set plan_cache_mode for the engine's query", e);
        }
      }
      return next.execute(command);
    }
  }
}
