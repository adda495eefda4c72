package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.vhcv.desk.casefile.ReportType;

/**
 * The citizen's request stores the report and answers; the case process starts right after, in the background
 * (the default outside tests). Its own context with the background starter, on its own database; closed after.
 */
@SpringBootTest(properties = {
    "desk.intake.start-process=background",
    "spring.datasource.url=jdbc:h2:mem:process-starter;DB_CLOSE_DELAY=-1",
    "camunda.bpm.generate-unique-process-engine-name=true",
    "camunda.bpm.generate-unique-process-application-name=true"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CaseProcessStarterTest {

  @Autowired ReportService reports;
  @Autowired CaseProcessStarter starter;
  @Autowired ProcessEngine engine;
  @Autowired JdbcClient jdbc;

  static ReportRequest praise(int i) {
    return new ReportRequest(ReportType.PRAISE, "Cán bộ một cửa hướng dẫn tận tình, chu đáo (" + i + ").", null,
        new ReportRequest.OfficialRef("VH000130", null, null), null, true, null);
  }

  private long processes(String code) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code)
        .processDefinitionKey(ReportService.PROCESS_KEY).count();
  }

  private long queued() {
    return jdbc.sql("SELECT COUNT(*) FROM case_process_queue").query(Long.class).single();
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 20 s").isLessThan(until);
      Thread.sleep(50);
    }
  }

  @Test
  void aReportsProcessStartsInTheBackgroundOnceAndTheCaseKnowsIt() throws Exception {
    Receipt receipt = reports.submitPublic(praise(0), null);

    await(() -> processes(receipt.trackingCode()) == 1 && queued() == 0);
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(receipt.trackingCode())
        .singleResult().getId();
    assertThat(jdbc.sql("SELECT process_instance_id FROM report_case WHERE tracking_code = :c")
        .param("c", receipt.trackingCode()).query(String.class).single()).isEqualTo(pi);
    // the registration waits for the job executor as before
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi).activityId("registerCase").count())
        .isEqualTo(1);
  }

  @Test
  void startersRacingForTheSameReportsStartEachCaseExactlyOnce() throws Exception {
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      codes.add(reports.submitPublic(praise(i), null).trackingCode());
    }
    // the background starter and four more (as other nodes would) take the same queue at once
    var pool = Executors.newFixedThreadPool(4);
    List<Callable<Integer>> racers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      racers.add(() -> starter.startWaiting(100));
    }
    pool.invokeAll(racers);
    pool.shutdown();

    await(() -> queued() == 0);
    for (String code : codes) {
      assertThat(processes(code)).as(code).isEqualTo(1);
    }
  }

  @Test
  void aReportWhoseProcessCannotStartStaysQueuedAndStartsLater() throws Exception {
    var repository = engine.getRepositoryService();
    repository.suspendProcessDefinitionByKey(ReportService.PROCESS_KEY);
    Receipt receipt;
    try {
      receipt = reports.submitPublic(praise(99), null);
      assertThat(receipt.trackingCode()).isNotBlank(); // the citizen has the receipt all the same
      Thread.sleep(1500); // the background starter tried and failed
      assertThat(processes(receipt.trackingCode())).isZero();
      assertThat(jdbc.sql("SELECT COUNT(*) FROM case_process_queue WHERE tracking_code = :c")
          .param("c", receipt.trackingCode()).query(Long.class).single()).isEqualTo(1);
    } finally {
      repository.activateProcessDefinitionByKey(ReportService.PROCESS_KEY);
    }
    assertThat(starter.startQueued(receipt.trackingCode())).isTrue();
    assertThat(processes(receipt.trackingCode())).isEqualTo(1);
    assertThat(starter.startQueued(receipt.trackingCode())).isFalse();
  }
}
