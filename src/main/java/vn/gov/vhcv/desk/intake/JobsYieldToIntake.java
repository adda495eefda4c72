package vn.gov.vhcv.desk.intake;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultAcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Citizens first in a spike: before each fetch of due jobs the job executor waits while the intake is under
 * pressure ({@link IntakePressure}) — at most {@code desk.intake.background-max-wait-ms} at a time, so the
 * background work keeps moving even under a long spike, and at once when the spike is over. Jobs already
 * fetched run on; nothing is lost or reordered, only started later. Measured in docs/BENCHMARKS.md.
 */
@Component
public class JobsYieldToIntake extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobsYieldToIntake.class);
  /** How long the intake must be calm before background work resumes. */
  static final long QUIET_MILLIS = 200;

  private final IntakePressure pressure;
  private final long maxWaitMillis;

  public JobsYieldToIntake(IntakePressure pressure,
      @Value("${desk.intake.background-max-wait-ms:10000}") long maxWaitMillis) {
    this.pressure = pressure;
    this.maxWaitMillis = maxWaitMillis;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor == null || maxWaitMillis <= 0) {
      return;
    }
    var usual = new DefaultAcquireJobsCommandFactory(jobExecutor);
    jobExecutor.setAcquireJobsCmdFactory(numJobs -> {
      // runs in the acquisition thread before its transaction: waiting holds no connection
      long waited = pressure.awaitCalm(QUIET_MILLIS, maxWaitMillis);
      if (waited >= maxWaitMillis) {
        LOG.debug("intake under pressure for {} ms; fetching {} jobs anyway", waited, numJobs);
      }
      return usual.getCommand(numJobs);
    });
  }
}
