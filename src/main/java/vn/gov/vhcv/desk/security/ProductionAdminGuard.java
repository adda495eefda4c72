package vn.gov.vhcv.desk.security;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Profile {@code prod} has no demo accounts: its administrator comes from Camunda's own
 * {@code camunda.bpm.admin-user.*} properties, and without them the desk refuses to start — before
 * it touches the database (before notification/ProductionSealKeyGuard checks its key for access codes).
 */
public class ProductionAdminGuard implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    String id = environment.getProperty("camunda.bpm.admin-user.id");
    String password = environment.getProperty("camunda.bpm.admin-user.password");
    if (id == null || id.isBlank() || password == null || password.length() < 12 || "demo".equals(password)) {
      throw new IllegalStateException("Profile prod needs an administrator: set camunda.bpm.admin-user.id and "
          + "camunda.bpm.admin-user.password (at least 12 characters), e.g. CAMUNDA_BPM_ADMINUSER_ID and "
          + "CAMUNDA_BPM_ADMINUSER_PASSWORD");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 1;
  }
}
