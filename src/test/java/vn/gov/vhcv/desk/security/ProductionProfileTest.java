package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.gov.vhcv.desk.CaseDeskApplication;

/** Profile prod never runs with a demo or missing administrator, nor without its own key for access codes. */
class ProductionProfileTest {

  private static SpringApplicationBuilder prod(String... properties) {
    return new SpringApplicationBuilder(CaseDeskApplication.class).profiles("prod").properties(properties);
  }

  @Test
  void prodRefusesToStartWithoutAnAdministrator() {
    assertThatThrownBy(() -> prod("spring.main.web-application-type=none").run())
        .hasMessageContaining("camunda.bpm.admin-user.id");
  }

  @Test
  void prodRefusesTheDemoPassword() {
    assertThatThrownBy(() -> prod("camunda.bpm.admin-user.id=admin", "camunda.bpm.admin-user.password=demo").run())
        .hasMessageContaining("at least 12 characters");
  }

  @Test
  void prodRefusesToStartWithoutItsOwnKeyForAccessCodes() {
    String admin = "camunda.bpm.admin-user.id=admin";
    String password = "camunda.bpm.admin-user.password=a-long-password-1";
    assertThatThrownBy(() -> prod(admin, password, "spring.main.web-application-type=none").run())
        .hasMessageContaining("desk.mail.access-code-key");
    assertThatThrownBy(() -> prod(admin, password, "desk.mail.access-code-key=c2hvcnQ=").run())
        .hasMessageContaining("32 bytes");
  }
}
