package vn.gov.vhcv.desk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.vhcv.desk.CaseDeskApplication;

/**
 * Two desk nodes on one database, each with its own job executor, as in production (Camunda's
 * cluster model: shared database, optimistic locking). Runs on PostgreSQL with {@code -Ppostgres}
 * (the nodes then share the suite's database) and on a shared in-memory H2 otherwise.
 */
class TwoNodeClusterTest {

  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  static final ObjectMapper JSON = new ObjectMapper();

  static ConfigurableApplicationContext startNode() {
    // command-line arguments outrank application.yml; the database is the suite's PostgreSQL under -Ppostgres
    String url = System.getProperty("spring.datasource.url", "jdbc:h2:mem:two-nodes;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    return new SpringApplicationBuilder(CaseDeskApplication.class).profiles("test").run(
        "--server.port=0",
        "--spring.datasource.url=" + url,
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--camunda.bpm.job-execution.enabled=true",
        "--camunda.bpm.job-execution.wait-time-in-millis=100",
        "--camunda.bpm.job-execution.max-wait=500",
        "--spring.jmx.enabled=false");
  }

  @BeforeAll
  static void startTwoNodes() {
    nodeA = startNode();
    nodeB = startNode();
  }

  @AfterAll
  static void stopNodes() {
    if (nodeB != null) {
      nodeB.close();
    }
    if (nodeA != null) {
      nodeA.close();
    }
  }

  static String base(ConfigurableApplicationContext node) {
    return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
  }

  static HttpResponse<String> post(ConfigurableApplicationContext node, String path, String body, String user)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
          .getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String report(int i) {
    return """
        {"type":"COMPLAINT","description":"Phản ánh số %d: cán bộ không đeo thẻ khi tiếp dân.",
         "official":{"badgeCode":"VH000130"},"anonymous":false,
         "complainant":{"fullName":"Người dân %d","email":"nguoidan%d@example.com"}}""".formatted(i, i, i);
  }

  /** The case's intake task, once a node's job executor has run its asynchronous registration (at most 30 s). */
  static String taskId(String trackingCode) throws InterruptedException {
    ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      var task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(trackingCode).singleResult();
      if (task != null || System.currentTimeMillis() > deadline) {
        return task.getId();
      }
      Thread.sleep(100);
    }
  }

  static JdbcClient jdbc() {
    return nodeA.getBean(JdbcClient.class);
  }

  @Test
  void casesStartedOnBothNodesRunTheirJobsExactlyOnceAndNoNoticeTwice() throws Exception {
    int n = 16;
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      HttpResponse<String> created = post(i % 2 == 0 ? nodeA : nodeB, "/api/public/reports", report(i), null);
      assertThat(created.statusCode()).isEqualTo(201);
      codes.add(JSON.readTree(created.body()).get("trackingCode").asText());
    }
    for (int i = 0; i < n; i++) {
      HttpResponse<String> done = post(i % 2 == 0 ? nodeB : nodeA, "/api/tasks/" + taskId(codes.get(i)) + "/complete",
          """
          {"category":"PHAN_ANH","conductCode":"D01","intakeDecision":"REFUSE",
           "refusalReason":"Nội dung trùng với hồ sơ đã giải quyết trước đó."}""", "tiepnhan");
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    }
    // the asynchronous "Thông báo từ chối thụ lý" jobs run on whichever node acquires them
    ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline && engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("reportCase").processInstanceBusinessKeyIn(codes.toArray(String[]::new)).finished().count() < n) {
      Thread.sleep(200);
    }
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("reportCase").processInstanceBusinessKeyIn(codes.toArray(String[]::new)).finished().count()).isEqualTo(n);
    for (String code : codes) {
      long caseId = jdbc().sql("SELECT id FROM report_case WHERE tracking_code = :c").param("c", code)
          .query(Long.class).single();
      assertThat(jdbc().sql("SELECT status FROM report_case WHERE id = :id").param("id", caseId).query(String.class)
          .single()).isEqualTo("REFUSED");
      assertThat(jdbc().sql("SELECT COUNT(*) FROM notification_outbox WHERE case_id = :id AND kind = 'REFUSED'")
          .param("id", caseId).query(Long.class).single()).isEqualTo(1);
      assertThat(jdbc().sql("SELECT COUNT(*) FROM case_event WHERE case_id = :id AND kind = 'REFUSED'")
          .param("id", caseId).query(Long.class).single()).isEqualTo(1);
    }
    // (mail jobs do fail here: no SMTP server runs beside these nodes; they retry, and that is not a case step)
    // (only this test's cases: a job of another test's case may have failed on purpose, e.g. a database restart)
    var ours = new java.util.HashSet<>(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKeyIn(codes.toArray(String[]::new)).list().stream().map(p -> p.getId()).toList());
    assertThat(engine.getManagementService().createJobQuery().processDefinitionKey("reportCase").withException().list())
        .filteredOn(job -> ours.contains(job.getProcessInstanceId())).isEmpty();
  }

  @Test
  void twoUsersCompletingOneTaskAtOnceOneWinsTheOtherGetsAConflict() throws Exception {
    HttpResponse<String> created = post(nodeA, "/api/public/reports", report(99), null);
    String code = JSON.readTree(created.body()).get("trackingCode").asText();
    String task = taskId(code);
    String accept = """
        {"category":"PHAN_ANH","conductCode":"D01","intakeDecision":"ACCEPT"}""";
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<HttpResponse<String>> onA = pool.submit(() -> {
        together.await();
        return post(nodeA, "/api/tasks/" + task + "/complete", accept, "tiepnhan");
      });
      Future<HttpResponse<String>> onB = pool.submit(() -> {
        together.await();
        return post(nodeB, "/api/tasks/" + task + "/complete", accept, "tiepnhan");
      });
      List<Integer> statuses = List.of(onA.get().statusCode(), onB.get().statusCode());
      assertThat(statuses).containsExactlyInAnyOrder(204, 409);
      HttpResponse<String> loser = onA.get().statusCode() == 409 ? onA.get() : onB.get();
      JsonNode error = JSON.readTree(loser.body());
      assertThat(error.get("message").asText()).contains("hoàn thành");
    } finally {
      pool.shutdownNow();
    }
    // the case moved on exactly once
    ProcessEngine engine = nodeA.getBean(ProcessEngine.class);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code).taskDefinitionKey("assignInvestigator")
        .count()).isEqualTo(1);
    assertThat(jdbc().sql("SELECT COUNT(*) FROM case_event e JOIN report_case r ON r.id = e.case_id "
        + "WHERE r.tracking_code = :c AND e.kind = 'ACCEPTED'").param("c", code).query(Long.class).single()).isEqualTo(1);
  }
}
