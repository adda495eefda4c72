package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskTest;

/** Security from day one: who gets in where. */
class EndpointSecurityTest extends DeskTest {

  @Autowired TestRestTemplate http;

  @Test
  void engineRestNeedsHttpBasicAgainstTheIdentityService() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // a wrong password (for another account: the engine then delays that account's next logins)
    assertThat(http.withBasicAuth("thidua", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("tiepnhan", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void authorizationChecksHideOtherGroupsTasksInTheEngineRestApi() {
    String code = submit(complaint()).trackingCode();
    String asIntake = http.withBasicAuth("tiepnhan", "demo")
        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, String.class);
    String asMonitor = http.withBasicAuth("giamsat", "demo")
        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, String.class);
    assertThat(asIntake).contains("classifyCase");
    assertThat(asMonitor).isEqualTo("[]");
  }

  @Test
  void staffApiNeedsALoginAndThePublicApiAndHealthDoNot() {
    assertThat(http.getForEntity("/api/cases/VH000000-AAAAAA", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/public/reports/VH000000-AAAAAA", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode()).isIn(HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND);
  }

  @Test
  void camundaWebappsAreServedBehindTheirOwnLogin() {
    var tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  @Test
  void completingAnotherGroupsTaskThroughTheDeskApiIs403AndChangesNothing() {
    String code = submit(complaint()).trackingCode();
    String taskId = task(code).getId();
    var answer = http.withBasicAuth("giamsat", "demo").postForEntity("/api/tasks/" + taskId + "/complete",
        java.util.Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"), String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(task(code).getId()).isEqualTo(taskId);
  }
}
