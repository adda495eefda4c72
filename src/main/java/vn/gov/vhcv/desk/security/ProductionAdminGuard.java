package vn.gov.vhcv.desk.security;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Profile {@code prod} has no demo accounts: its administrator comes from Camunda's own
 * {@code camunda.bpm.admin-user.*} properties, and without them the desk refuses to start — before
 * it touches the database. So it does without its own key sealing citizens' access codes until their mail
 * is sent ({@code desk.mail.access-code-key}; the demo's key is never used there).
 */
public class ProductionAdminGuard implements EnvironmentPostProcessor {

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
    String keyProblem = vn.gov.vhcv.desk.notification.AccessCodeSeal.problemWith(
        environment.getProperty(vn.gov.vhcv.desk.notification.AccessCodeSeal.KEY_PROPERTY));
    if (keyProblem != null) {
      throw new IllegalStateException("Profile prod: " + keyProblem);
    }
  }
}
