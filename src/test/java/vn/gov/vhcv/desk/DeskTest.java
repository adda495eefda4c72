package vn.gov.vhcv.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.Receipt;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.intake.ReportService;
import vn.gov.vhcv.desk.intake.StaffCaseRequest;

/**
 * Base of the Spring tests: the whole desk on a random port with the test profile (H2 in memory,
 * no job executor, demo accounts). All tests share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
public abstract class DeskTest {

  @Autowired protected ProcessEngine engine;
  @Autowired protected ReportService reports;
  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  void initEngineAssertions() {
    BpmnAwareTests.init(engine);
    ClockUtil.reset();
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  /** A valid named complaint about official VH000120 (Sở Giáo dục và Đào tạo). */
  protected static ReportRequest complaint() {
    return new ReportRequest(ReportType.COMPLAINT, "Cán bộ quát nạt người dân tại bộ phận một cửa, không hướng dẫn.",
        null, new ReportRequest.OfficialRef("VH000120", null, null), null, false,
        new ReportRequest.ComplainantData("Nguyễn Văn An", "0912345678", "an@example.com", "12 Lê Lợi"));
  }

  protected Receipt submit(ReportRequest report) {
    return registered(reports.submitPublic(report, null));
  }

  /**
   * Runs the case's asynchronous first step ("Đăng ký hồ sơ"), as the job executor would right after the
   * report was stored; the intake task is then open.
   */
  protected Receipt registered(Receipt receipt) {
    register(receipt.trackingCode());
    return receipt;
  }

  protected void register(String trackingCode) {
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(trackingCode)
        .processDefinitionKey("reportCase").list().forEach(pi -> engine.getManagementService().createJobQuery()
            .processInstanceId(pi.getId()).activityId("registerCase").list()
            .forEach(job -> engine.getManagementService().executeJob(job.getId())));
  }

  protected Receipt submitByStaff(ReportRequest report, Channel channel, java.time.OffsetDateTime receivedAt) {
    return registered(reports.submitByStaff(new StaffCaseRequest(report, channel, receivedAt), null, "tiepnhan"));
  }

  /** The open task of the case, as the engine sees it. */
  /** The case's open task (escalation tasks of the clock watch, which run beside the case, are not counted). */
  protected Task task(String trackingCode) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(trackingCode).list().stream()
        .filter(t -> !t.getProcessDefinitionId().startsWith("clockWatch:")).toList();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  /** Completes the case's open task as {@code user}, with that user's groups, so authorizations apply. */
  protected void completeAs(String user, String trackingCode, Map<String, Object> variables) {
    Task task = task(trackingCode);
    var identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(user, groups);
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Runs every due job of the case (async continuations), as the job executor would. */
  protected void runJobs(String trackingCode) {
    String pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(trackingCode)
        .processDefinitionKey(ReportService.PROCESS_KEY).singleResult().getId();
    List<Job> jobs;
    int guard = 0;
    while (!(jobs = engine.getManagementService().createJobQuery().processInstanceId(pi).executable().list()).isEmpty()
        && guard++ < 20) {
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).count() == 0) {
        return;
      }
    }
  }
}
