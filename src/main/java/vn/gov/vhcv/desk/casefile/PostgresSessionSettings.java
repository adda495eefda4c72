package vn.gov.vhcv.desk.casefile;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Turns PostgreSQL's JIT compiler off for the desk's connections. The engine's queries are short, but their
 * authorization joins have high estimated costs, which makes PostgreSQL compile them to machine code first:
 * measured on the Tasklist query over 12,000 tasks, 334 ms of compiling for 167 ms of work. A connection-init
 * statement the operator set is kept.
 */
@Component
public class PostgresSessionSettings implements BeanPostProcessor {

  static final String INIT_SQL = "SET jit = off";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
        && hikari.getJdbcUrl().startsWith("jdbc:postgresql:") && hikari.getConnectionInitSql() == null) {
      hikari.setConnectionInitSql(INIT_SQL);
    }
    return bean;
  }
}
