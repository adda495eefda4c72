package vn.gov.vhcv.desk.notification;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Profile {@code prod} does not start without its own key sealing citizens' access codes until their mail is sent
 * ({@code desk.mail.access-code-key}; the demo's key is never used there) — before it touches the database, and
 * after security/ProductionAdminGuard has checked the administrator.
 */
public class ProductionSealKeyGuard implements EnvironmentPostProcessor, Ordered {

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
      return;
    }
    String keyProblem = AccessCodeSeal.problemWith(environment.getProperty(AccessCodeSeal.KEY_PROPERTY));
    if (keyProblem != null) {
      throw new IllegalStateException("Profile prod: " + keyProblem);
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
