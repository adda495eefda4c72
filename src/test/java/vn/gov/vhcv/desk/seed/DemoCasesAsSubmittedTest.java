package vn.gov.vhcv.desk.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.vhcv.desk.intake.ReportService;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.intake.CaseProcessStarter;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.intake.StaffCaseRequest;

/**
 * The demo cases of seeds/demo/reports.json move forward as their "demo" steps say, each step submitted as its form
 * submits it in Tasklist (dates as dd/mm/yyyy text): every step is carried out and its task is completed. Its own
 * context on its own database (as the demo starts on an empty one: no other test's case blocks a commendation or
 * makes an official a repeat offender); closed after.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-cases;DB_CLOSE_DELAY=-1",
    // its own H2 database also under -Ppostgres, which tells the engine the database is PostgreSQL
    "camunda.bpm.database.type=h2",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoCasesAsSubmittedTest {

  @Autowired ProcessEngine engine;
  @Autowired ReportService reports;
  @Autowired JdbcClient jdbc;
  @Autowired DemoCaseDriver driver;
  @Autowired ObjectMapper json;
  @Autowired CaseProcessStarter processes;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void everyDemoStepIsCarriedOutThroughItsForm() throws Exception {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-26T10:00:00+07:00").toInstant()));
    JsonNode demoReports = json.readTree(new ClassPathResource("seeds/demo/reports.json").getInputStream());
    int cases = 0;
    int steps = 0;
    for (JsonNode node : demoReports) {
      if (!node.has("demo")) {
        continue;
      }
      ObjectNode body = node.deepCopy();
      Channel channel = Channel.valueOf(body.remove("channel").asText());
      OffsetDateTime receivedAt = OffsetDateTime.parse(body.remove("receivedAt").asText());
      JsonNode demo = body.remove("demo");
      String code = reports.submitByStaff(new StaffCaseRequest(json.treeToValue(body, ReportRequest.class), channel, receivedAt),
          null, "tiepnhan").trackingCode();
      processes.startQueued(code);
      assertThat(driver.drive(code, demo)).as("every demo step of %s is carried out", code).isTrue();
      for (JsonNode step : demo) {
        if (step.has("task")) {
          assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(code)
              .taskDefinitionKey(step.get("task").asText()).finished().count())
              .as("demo case %s: %s completed", code, step.get("task").asText()).isPositive();
          steps++;
        }
      }
      if (demo.toString().contains("decideDiscipline")) {
        // the decision "@today" was typed as 26/11/2026 and registered as that day
        assertThat(jdbc.sql("SELECT decision_date FROM discipline_register r JOIN report_case c ON c.id = r.case_id "
            + "WHERE c.tracking_code = :c").param("c", code).query(LocalDate.class).single()).isEqualTo(LocalDate.of(2026, 11, 26));
      }
      cases++;
    }
    assertThat(cases).isEqualTo(18);
    assertThat(steps).isGreaterThan(60);
  }
}
