package vn.gov.vhcv.desk.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import vn.gov.vhcv.desk.DeskTest;

/** Loading the seeds again (a restart, a second node) adds nothing. */
class SeedLoadingTest extends DeskTest {

  @Autowired ReferenceSeedLoader reference;
  @Autowired DemoSeedLoader demo;

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  @Test
  void referenceAndDemoSeedsLoadOnceAndOnlyOnce() throws Exception {
    long units = count("unit");
    long officials = count("official");
    long codes = count("conduct_code");
    long days = count("calendar_day");
    long users = engine.getIdentityService().createUserQuery().count();
    long auths = engine.getAuthorizationService().createAuthorizationQuery().count();
    assertThat(units).isGreaterThanOrEqualTo(10);
    assertThat(officials).isGreaterThanOrEqualTo(30);
    assertThat(codes).isGreaterThanOrEqualTo(20);
    assertThat(days).isGreaterThanOrEqualTo(40);
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("tiep-nhan").userId("tiepnhan").count()).isOne();

    reference.afterSingletonsInstantiated();
    demo.run(new DefaultApplicationArguments());

    assertThat(count("unit")).isEqualTo(units);
    assertThat(count("official")).isEqualTo(officials);
    assertThat(count("conduct_code")).isEqualTo(codes);
    assertThat(count("calendar_day")).isEqualTo(days);
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(auths);
  }
}
