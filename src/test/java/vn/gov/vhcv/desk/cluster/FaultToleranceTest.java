package vn.gov.vhcv.desk.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Faults: the desk killed in the middle of its work and started again, and (on PostgreSQL) the
 * database restarted under a running desk. Nothing acknowledged is lost, nothing is done twice.
 */
class FaultToleranceTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static String report(int i) {
    return """
        {"type":"COMPLAINT","description":"Phản ánh %d: cán bộ uống bia trong giờ nghỉ trưa rồi tiếp dân.",
         "official":{"badgeCode":"VH000130"},"anonymous":false,
         "complainant":{"fullName":"Người dân %d","email":"dan%d@example.com"}}""".formatted(i, i, i);
  }

  static final String REFUSE = """
      {"category":"PHAN_ANH","conductCode":"C01","intakeDecision":"REFUSE",
       "refusalReason":"Nội dung đã được giải quyết tại hồ sơ trước."}""";

  private static Path log(String name) throws Exception {
    Files.createDirectories(Path.of("target", "fault-tests"));
    return Path.of("target", "fault-tests", name + ".log");
  }

  private static Connection db(List<String> args) throws Exception {
    String url = args.get(0).substring("--spring.datasource.url=".length());
    if (url.startsWith("jdbc:h2:")) {
      return DriverManager.getConnection(url, "sa", "");
    }
    return DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
        System.getProperty("spring.datasource.password"));
  }

  private static long count(Connection c, String sql, String code) throws Exception {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, code);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  /**
   * The case's intake task. On a node without a job executor the asynchronous registration is run through
   * the engine's REST API (as an operator would from Cockpit); otherwise it waits for the executor (30 s).
   */
  private static String taskOf(DeskNode node, String code) throws Exception {
    JsonNode instances = JSON.readTree(node.getAs("/engine-rest/process-instance?processDefinitionKey=reportCase&businessKey="
        + code, "admin").body());
    for (JsonNode pi : instances) {
      for (JsonNode job : JSON.readTree(node.getAs("/engine-rest/job?activityId=registerCase&processInstanceId="
          + pi.get("id").asText(), "admin").body())) {
        node.post("/engine-rest/job/" + job.get("id").asText() + "/execute", "", "admin");
      }
    }
    long deadline = System.currentTimeMillis() + 30_000;
    while (true) {
      JsonNode tasks = JSON.readTree(node.getAs("/engine-rest/task?processInstanceBusinessKey=" + code, "tiepnhan").body());
      if (tasks.size() > 0 || System.currentTimeMillis() > deadline) {
        return tasks.get(0).get("id").asText();
      }
      Thread.sleep(100);
    }
  }

  @Test
  void deskKilledInTheMiddleOfCasesContinuesWhereItWasAfterRestart() throws Exception {
    List<String> database = DeskNode.databaseArgs("fault-kill-" + System.nanoTime());
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    List<String> refused = new ArrayList<>();
    DeskNode first = DeskNode.start(database, false, log("kill-first"));
    try {
      for (int i = 0; i < 6; i++) {
        var created = first.post("/api/public/reports", report(i), null);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        acknowledged.add(JSON.readTree(created.body()).get("trackingCode").asText());
      }
      // three cases refused: their notice steps are asynchronous jobs, still pending when the node dies
      for (int i = 0; i < 3; i++) {
        String code = acknowledged.get(i);
        assertThat(first.post("/api/tasks/" + taskOf(first, code) + "/complete", REFUSE, "tiepnhan").statusCode())
            .isEqualTo(204);
        refused.add(code);
      }
      // citizens keep sending while the server is killed
      AtomicBoolean sending = new AtomicBoolean(true);
      Thread citizens = new Thread(() -> {
        int i = 100;
        while (sending.get()) {
          try {
            var r = first.post("/api/public/reports", report(i++), null);
            if (r.statusCode() == 201) {
              acknowledged.add(JSON.readTree(r.body()).get("trackingCode").asText());
            }
          } catch (Exception connectionLost) {
            // the server is gone: the citizen got no acknowledgement
          }
        }
      });
      citizens.start();
      Thread.sleep(1500);
      first.kill();
      sending.set(false);
      citizens.join();
    } finally {
      first.kill();
    }

    try (DeskNode second = DeskNode.start(database, true, log("kill-second")); Connection c = db(database)) {
      String untouched = acknowledged.get(4);
      String intakeTask = "SELECT COUNT(*) FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_ "
          + "WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = 'classifyCase'";
      long deadline = System.currentTimeMillis() + 120_000;
      // the restarted node finishes what was left: the refusals' steps, and the registrations (the order of
      // jobs of equal priority is the job executor's)
      while (System.currentTimeMillis() < deadline && (count(c, intakeTask, untouched) == 0 || refused.stream().anyMatch(code -> {
        try {
          return count(c, "SELECT COUNT(*) FROM report_case WHERE tracking_code = ? AND status = 'REFUSED'", code) == 0;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }))) {
        Thread.sleep(300);
      }
      for (String code : acknowledged) {
        // every acknowledged report is a stored case with its process
        assertThat(count(c, "SELECT COUNT(*) FROM report_case WHERE tracking_code = ? AND process_instance_id IS NOT NULL", code))
            .as("case %s", code).isEqualTo(1);
      }
      for (String code : refused) {
        assertThat(count(c, "SELECT COUNT(*) FROM report_case WHERE tracking_code = ? AND status = 'REFUSED'", code))
            .as("refused %s", code).isEqualTo(1);
        assertThat(count(c, "SELECT COUNT(*) FROM case_event e JOIN report_case r ON r.id = e.case_id "
            + "WHERE r.tracking_code = ? AND e.kind = 'REFUSED'", code)).isEqualTo(1);
        assertThat(count(c, "SELECT COUNT(*) FROM notification_outbox o JOIN report_case r ON r.id = o.case_id "
            + "WHERE r.tracking_code = ? AND o.kind = 'REFUSED'", code)).isEqualTo(1);
      }
      // no case without a process anywhere in the database (a half-done intake would leave one)
      try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM report_case WHERE process_instance_id IS NULL")) {
        r.next();
        assertThat(r.getLong(1)).isZero();
      }
      // the untouched cases still wait for intake
      assertThat(count(c, intakeTask, untouched)).isOne();
    }
  }

  @Test
  @EnabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
  void postgresRestartedUnderARunningDeskLosesNothing() throws Exception {
    List<String> database = DeskNode.databaseArgs(null);
    try (DeskNode node = DeskNode.start(database, true, log("pg-restart"))) {
      List<String> acknowledged = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        acknowledged.add(JSON.readTree(node.post("/api/public/reports", report(200 + i), null).body())
            .get("trackingCode").asText());
      }
      Process restart = new ProcessBuilder("pg_ctlcluster", "15", "main", "restart").inheritIO().start();
      int failedWhileDown = 0;
      for (int i = 0; i < 20; i++) {
        try {
          var r = node.post("/api/public/reports", report(300 + i), null);
          if (r.statusCode() == 201) {
            acknowledged.add(JSON.readTree(r.body()).get("trackingCode").asText());
          } else {
            failedWhileDown++;
            assertThat(r.statusCode()).as(r.body()).isGreaterThanOrEqualTo(500);
          }
        } catch (Exception e) {
          failedWhileDown++;
        }
        Thread.sleep(150);
      }
      assertThat(restart.waitFor()).isZero();
      // after the restart the desk works again without being restarted itself
      long deadline = System.currentTimeMillis() + 90_000;
      int status = 0;
      while (System.currentTimeMillis() < deadline && status != 201) {
        try {
          var r = node.post("/api/public/reports", report(400), null);
          status = r.statusCode();
          if (status == 201) {
            acknowledged.add(JSON.readTree(r.body()).get("trackingCode").asText());
            continue;
          }
        } catch (java.io.IOException stillRecovering) {
          // the pool is still replacing its broken connections
        }
        Thread.sleep(500);
      }
      assertThat(status).isEqualTo(201);
      String code = acknowledged.get(0);
      assertThat(node.post("/api/tasks/" + taskOf(node, code) + "/complete", REFUSE, "tiepnhan").statusCode()).isEqualTo(204);
      try (Connection c = db(database)) {
        long wait = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < wait
            && count(c, "SELECT COUNT(*) FROM report_case WHERE tracking_code = ? AND status = 'REFUSED'", code) == 0) {
          Thread.sleep(300);
        }
        assertThat(count(c, "SELECT COUNT(*) FROM report_case WHERE tracking_code = ? AND status = 'REFUSED'", code)).isOne();
        for (String ack : acknowledged) {
          assertThat(count(c, "SELECT COUNT(*) FROM report_case WHERE tracking_code = ? AND process_instance_id IS NOT NULL",
              ack)).as("case %s", ack).isEqualTo(1);
        }
      }
      System.out.printf("pg restart: %d acknowledged, %d refused while the database was down%n", acknowledged.size(),
          failedWhileDown);
    }
  }
}
