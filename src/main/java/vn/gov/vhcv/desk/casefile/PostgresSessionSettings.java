package vn.gov.vhcv.desk.casefile;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Two settings of the desk's PostgreSQL connections, both for the engine's authorization joins (a connection-init
 * statement the operator set is kept):
 * <ul>
 *   <li>{@code jit = off}: the queries are short but have high estimated costs, so PostgreSQL compiled them to
 *   machine code first — on the Tasklist query over 12,000 tasks 334 ms of compiling for 167 ms of work;</li>
 *   <li>{@code plan_cache_mode = force_custom_plan}: the driver prepares a statement on the server after five
 *   uses, and PostgreSQL then plans it once for any parameters. The engine passes the permission bits as
 *   parameters ({@code A.PERMS_ & ? = ?}), so that generic plan cannot use the statistics on
 *   {@code (PERMS_ & 2)} ({@link EngineTableTuning}) and compares every task with every grant again:
 *   measured in the benchmark, the Tasklist query over 12,000 tasks took 0.3 s for its first runs and
 *   8.7–11 s from the sixth on. Planning each execution with its values costs a few milliseconds.</li>
 * </ul>
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor {

  static final String INIT_SQL = "SET jit = off; SET plan_cache_mode = force_custom_plan";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:") && hikari.getConnectionInitSql() == null) {
      hikari.setConnectionInitSql(INIT_SQL);
    }
    return bean;
  }
}
