package vn.gov.vhcv.desk.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskTest;

/** Wrong passwords lock a staff account for a while, then it opens by itself; the administrators are told. */
@ExtendWith(OutputCaptureExtension.class)
class StaffLoginLockoutTest extends DeskTest {

  @Autowired TestRestTemplate http;

  private long now = System.currentTimeMillis();

  private HttpStatus dashboard(String password) {
    return HttpStatus.valueOf(http.withBasicAuth("giamsat", password).getForEntity("/staff/dashboard", String.class)
        .getStatusCode().value());
  }

  /** Moves the engine's clock on, past Camunda's delay after a wrong password (at most 60 s). */
  private void later(long seconds) {
    now += seconds * 1000;
    ClockUtil.setCurrentTime(new Date(now));
  }

  @AfterEach
  void unlock() {
    ClockUtil.reset();
    engine.getIdentityService().unlockUser("giamsat");
  }

  @Test
  void tenWrongPasswordsLockTheAccountForFifteenMinutesThenItOpensByItselfAndTheAdminsAreTold(CapturedOutput output) {
    long notices = jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE kind = 'ACCOUNT_LOCKED'").query(Long.class).single();
    String locks = "SELECT COUNT(*) FROM audit_log WHERE action = 'STAFF_ACCOUNT_LOCKED' AND detail LIKE 'user=giamsat;%'";
    long audited = jdbc.sql(locks).query(Long.class).single();
    for (int i = 0; i < 10; i++) {
      later(61);
      assertThat(dashboard("doan-sai-" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    later(61);
    assertThat(dashboard("demo")).as("locked: the right password waits too").isEqualTo(HttpStatus.UNAUTHORIZED);
    later(13 * 60);
    assertThat(dashboard("demo")).as("still within the 15 minutes").isEqualTo(HttpStatus.UNAUTHORIZED);
    later(61);
    assertThat(dashboard("demo")).as("the lock ended by itself").isEqualTo(HttpStatus.OK);

    assertThat(output.getAll()).containsPattern("WARN .*StaffLoginLockout.*Staff account 'giamsat' locked for 15 minutes");
    assertThat(jdbc.sql(locks).query(Long.class).single()).isEqualTo(audited + 1);
    // the administrators' notice (the demo administrator is in camunda-admin), on the outbox page they can open
    var notice = jdbc.sql("SELECT recipient, subject, body FROM notification_outbox WHERE kind = 'ACCOUNT_LOCKED' ORDER BY id DESC")
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    assertThat(notice).hasSize((int) notices + 1);
    assertThat(notice.get(0)[1]).isEqualTo("Tài khoản giamsat bị tạm khóa do nhập sai mật khẩu nhiều lần");
    assertThat(notice.get(0)[2]).contains("tạm khóa 15 phút", "sau 10 lần nhập sai mật khẩu", "tự mở lại");
    assertThat(http.withBasicAuth("admin", "demo").getForObject("/staff/outbox", String.class))
        .contains("Tài khoản giamsat bị tạm khóa");
  }

  @Test
  void afterTheLockTenMoreWrongPasswordsAreNeededToLockAgain() {
    for (int i = 0; i < 10; i++) {
      later(61);
      dashboard("doan-sai-" + i);
    }
    later(16 * 60);
    for (int i = 0; i < 9; i++) {
      later(61);
      assertThat(dashboard("doan-sai-lan-hai-" + i)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    later(61);
    assertThat(dashboard("demo")).isEqualTo(HttpStatus.OK);
  }
}
