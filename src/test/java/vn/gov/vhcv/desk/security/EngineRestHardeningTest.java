package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.DeskTest;

/** The engine REST API and Tasklist's engine API, as staff clients call them. */
@ExtendWith(OutputCaptureExtension.class)
class EngineRestHardeningTest extends DeskTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String INTAKE_VARIABLES = """
      {"variables":{"category":{"value":"PHAN_ANH"},"conductCode":{"value":"B02"},"intakeDecision":{"value":"ACCEPT"}}}""";

  @LocalServerPort int port;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> post(String path, String user, String body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String verify(String user, String password) {
    return "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
  }

  @Test
  void onlyAdministratorsMayTestAPasswordThroughIdentityVerify() throws Exception {
    for (String caller : List.of("tiepnhan", "xacminh", "lanhdao", "giamsat")) {
      HttpResponse<String> refused = post("/engine-rest/identity/verify", caller, verify("lanhdao", "demo"));
      assertThat(refused.statusCode()).as(caller).isEqualTo(403);
      assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("Chỉ quản trị viên");
      assertThat(post("/engine-rest/engine/default/identity/verify", caller, verify("lanhdao", "demo")).statusCode())
          .isEqualTo(403);
    }
    // no guess reached the identity service: the colleague's account has no failed attempt
    assertThat(jdbc.sql("SELECT COALESCE(ATTEMPTS_, 0) FROM ACT_ID_USER WHERE ID_ = 'lanhdao'").query(Integer.class).single()).isZero();

    HttpResponse<String> asAdmin = post("/engine-rest/identity/verify", "admin", verify("lanhdao", "demo"));
    assertThat(asAdmin.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(asAdmin.body()).get("authenticated").asBoolean()).isTrue();
  }

  @Test
  void theLosersOfRacingCompletionsOfOneTaskGet409InVietnameseAndNoStackTrace(CapturedOutput output) throws Exception {
    String code = submit(complaint()).trackingCode();
    String taskId = task(code).getId();
    int racers = 4;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < racers; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return post("/engine-rest/task/" + taskId + "/complete", "tiepnhan", INTAKE_VARIABLES);
        }));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (var answer : answers) {
        HttpResponse<String> r = answer.get();
        statuses.add(r.statusCode());
        if (r.statusCode() != 204) {
          assertThat(r.statusCode()).as(r.body()).isEqualTo(409);
          assertThat(JSON.readTree(r.body()).get("message").asText()).contains("vừa được người khác hoàn thành");
        }
      }
      assertThat(statuses).containsOnlyOnce(204);
    } finally {
      pool.shutdownNow();
    }
    // one more, after the race: the task is gone
    HttpResponse<String> late = post("/engine-rest/task/" + taskId + "/complete", "tiepnhan", INTAKE_VARIABLES);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(output.getAll()).doesNotContain("ENGINE-REST-HTTP500").doesNotContain("OptimisticLockingException:");
  }

  @Test
  void tasklistsEngineApiAnswersTheSame409() throws Exception {
    String code = submit(complaint()).trackingCode();
    String taskId = task(code).getId();
    var cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port + "/camunda";
    browser.send(HttpRequest.newBuilder(URI.create(base + "/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
    String csrf = csrf(cookies);
    HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString("username=tiepnhan&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    // the session changed with the login: the next read hands out its CSRF token, as Tasklist's first call does
    HttpResponse<String> read = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default"))
        .header("X-XSRF-TOKEN", "Fetch").build(), HttpResponse.BodyHandlers.ofString());
    csrf = read.headers().firstValue("X-XSRF-TOKEN").orElse(csrf(cookies));

    HttpRequest complete = HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/task/" + taskId + "/complete"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(INTAKE_VARIABLES)).build();
    HttpResponse<String> first = browser.send(complete, HttpResponse.BodyHandlers.ofString());
    assertThat(first.statusCode()).as(first.body() + " " + first.headers().map()).isEqualTo(204);
    HttpResponse<String> again = browser.send(complete, HttpResponse.BodyHandlers.ofString());
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(JSON.readTree(again.body()).get("message").asText()).contains("vừa được người khác hoàn thành");

    HttpResponse<String> verify = browser.send(HttpRequest.newBuilder(URI.create(base + "/api/engine/engine/default/identity/verify"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
        .POST(HttpRequest.BodyPublishers.ofString(verify("lanhdao", "demo"))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(verify.statusCode()).as(verify.body()).isEqualTo(403);
    assertThat(JSON.readTree(verify.body()).get("message").asText()).contains("Chỉ quản trị viên");
  }

  private static String csrf(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(java.net.HttpCookie::getValue).findFirst().orElse("");
  }
}
