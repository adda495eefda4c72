package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.gov.vhcv.desk.CaseDeskApplication;

/** Profile prod never runs with a demo or missing administrator. */
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
}
