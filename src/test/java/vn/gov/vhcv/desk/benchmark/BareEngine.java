package vn.gov.vhcv.desk.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The baseline of the lifecycle benchmark: a second Camunda engine in the same JVM, built on the same stack as
 * the desk's (Spring transactions, a Hikari pool, the same database product, history level, authorization
 * checks and job acquisition settings) but with none of the desk's plugins, listeners or delegates, on a
 * database (H2) or schema (PostgreSQL) of its own. It runs the flat bare process and the desk's own models with
 * stand-ins for the desk's code ({@link DeskModelsWithoutCode}).
 */
final class BareEngine implements AutoCloseable {

  final ProcessEngine engine;
  final HikariDataSource dataSource;

  private BareEngine(ProcessEngine engine, HikariDataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
  }

  /**
   * @param beans what the engine's expressions may name besides process variables (the stand-ins of the desk's
   *     models run without code); the flat bare process names none
   */
  static BareEngine like(ProcessEngine desk, java.util.Map<Object, Object> beans) throws Exception {
    ProcessEngineConfigurationImpl deskConfig = (ProcessEngineConfigurationImpl) desk.getProcessEngineConfiguration();
    DataSource deskDs = deskConfig.getDataSource();
    String url;
    String user;
    String password;
    String schema = null;
    try (Connection c = deskDs.getConnection()) {
      url = c.getMetaData().getURL();
      user = c.getMetaData().getUserName();
    }
    boolean postgres = url.startsWith("jdbc:postgresql");
    HikariDataSource ds = new HikariDataSource();
    if (postgres) {
      password = System.getProperty("spring.datasource.password", "");
      schema = "bare_engine";
      try (Connection c = deskDs.getConnection(); var s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        s.execute("CREATE SCHEMA " + schema);
      }
      ds.setJdbcUrl(url);
      ds.setSchema(schema);
    } else {
      password = "";
      ds.setJdbcUrl("jdbc:h2:mem:bare-engine;DB_CLOSE_DELAY=-1");
    }
    ds.setUsername(user);
    ds.setPassword(password);
    ds.setMaximumPoolSize(20);
    SpringProcessEngineConfiguration config = new SpringProcessEngineConfiguration();
    config.setProcessEngineName("bare-engine");
    // an empty context: expressions of the bare process resolve no beans
    var context = new org.springframework.context.support.GenericApplicationContext();
    context.refresh();
    config.setApplicationContext(context);
    config.setBeans(beans);
    config.setDataSource(ds);
    config.setTransactionManager(new DataSourceTransactionManager(ds));
    config.setDatabaseSchemaUpdate("true");
    if (schema != null) {
      config.setDatabaseSchema(schema);
      config.setDatabaseTablePrefix(schema + ".");
    }
    if (deskConfig.getCustomHistoryLevels() != null) {
      config.setCustomHistoryLevels(new java.util.ArrayList<>(deskConfig.getCustomHistoryLevels()));
    }
    config.setHistory(deskConfig.getHistoryLevel().getName());
    config.setAuthorizationEnabled(deskConfig.isAuthorizationEnabled());
    config.setJobExecutorActivate(false);
    config.setJobExecutorAcquireByPriority(deskConfig.isJobExecutorAcquireByPriority());
    config.setEnforceHistoryTimeToLive(true);
    config.setMetricsEnabled(deskConfig.isMetricsEnabled());
    config.setTaskMetricsEnabled(deskConfig.isTaskMetricsEnabled());
    return new BareEngine(config.buildProcessEngine(), ds);
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
