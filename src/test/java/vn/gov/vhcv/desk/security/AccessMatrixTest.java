package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import vn.gov.vhcv.desk.DeskTest;

/**
 * Every route of the desk × anonymous and each demo role → the expected status. A row lists the
 * status for: anonymous, tiepnhan, xacminh, lanhdao, hoidong, thidua, giamsat, admin, and tiepnhanxa (intake of a commune, phường An Bình:
 * the test case is about a department's official, so that account must not see it).
 */
class AccessMatrixTest extends DeskTest {

  static final List<String> WHO = List.of("anonymous", "tiepnhan", "xacminh", "lanhdao", "hoidong", "thidua",
      "giamsat", "admin", "tiepnhanxa");

  @Autowired TestRestTemplate http;

  String trackingCode;

  @BeforeEach
  void aCase() {
    trackingCode = submit(complaint()).trackingCode();
  }

  record Route(HttpMethod method, String path, String body, int... expected) {}

  List<Route> routes() {
    String staffCase = """
        {"report":{"type":"COMPLAINT","description":"Cán bộ hộ tịch đòi tiền bồi dưỡng khi cấp trích lục.",
                   "official":{"badgeCode":"VH000130"},"anonymous":true},
         "channel":"HOTLINE_1022","receivedAt":"2026-11-02T08:00:00+07:00"}""";
    String publicReport = """
        {"type":"PRAISE","description":"Cán bộ hướng dẫn tận tình, đúng hẹn.","official":{"badgeCode":"VH000130"},
         "anonymous":true}""";
    //                                                     anon tiep xacm lanh hoid thid giam admin xa
    return List.of(
        new Route(HttpMethod.POST, "/api/public/reports", publicReport, 201, 201, 201, 201, 201, 201, 201, 201, 201),
        new Route(HttpMethod.GET, "/api/public/reports/" + trackingCode, null, 404, 404, 404, 404, 404, 404, 404, 404, 404),
        new Route(HttpMethod.POST, "/api/cases", staffCase, 401, 201, 403, 403, 403, 403, 403, 201, 201),
        new Route(HttpMethod.GET, "/api/cases/" + trackingCode, null, 401, 200, 200, 200, 200, 200, 200, 200, 404),
        new Route(HttpMethod.GET, "/api/calendar/add-working-days?from=2026-11-26&days=5", null,
            401, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.POST, "/api/tasks/no-such-task/complete", "{}", 401, 409, 409, 409, 409, 409, 409, 409, 409),
        new Route(HttpMethod.GET, "/engine-rest/task", null, 401, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/engine-rest/user", null, 401, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/actuator/health", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/actuator/env", null, 401, 404, 404, 404, 404, 404, 404, 404, 404),
        new Route(HttpMethod.GET, "/camunda/app/tasklist/default/", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/camunda/api/engine/engine/default/task", null, 401, 401, 401, 401, 401, 401, 401, 401, 401),
        new Route(HttpMethod.GET, "/", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/portal/report", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/portal/status", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/api/public/officials?q=Nguy", null, 200, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/api/calendar/status", null, 401, 200, 200, 200, 200, 200, 200, 200, 200),
        new Route(HttpMethod.GET, "/api/sla/cases?state=OVERDUE", null, 401, 403, 403, 200, 403, 403, 200, 200, 403),
        new Route(HttpMethod.GET, "/api/cases/" + trackingCode + "/clocks/ACKNOWLEDGEMENT", null,
            401, 200, 200, 200, 200, 200, 200, 200, 404),
        // staff pages: an anonymous browser is redirected to the login page (followed here: 200 on /login)
        new Route(HttpMethod.GET, "/staff/cases/" + trackingCode, null, 200, 200, 200, 200, 200, 200, 200, 200, 404),
        new Route(HttpMethod.GET, "/staff/dashboard", null, 200, 403, 403, 200, 403, 403, 200, 200, 403),
        new Route(HttpMethod.GET, "/staff/outbox", null, 200, 200, 403, 200, 403, 403, 200, 200, 200));
  }

  @Test
  void everyRouteAnswersEachRoleAsExpected() {
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Route route : routes()) {
      for (int i = 0; i < WHO.size(); i++) {
        String who = WHO.get(i);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (!who.equals("anonymous")) {
          headers.setBasicAuth(who, "demo");
        }
        int status = http.exchange(route.path(), route.method(), new HttpEntity<>(route.body(), headers), String.class)
            .getStatusCode().value();
        seen.put(route.method() + " " + route.path() + " as " + who, status);
        if (status != route.expected()[i]) {
          wrong.add(route.method() + " " + route.path() + " as " + who + ": " + status + ", expected " + route.expected()[i]);
        }
      }
    }
    assertThat(wrong).as("answers: %s", seen).isEmpty();
  }
}
