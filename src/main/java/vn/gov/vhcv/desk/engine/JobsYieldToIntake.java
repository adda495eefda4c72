package vn.gov.vhcv.desk.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultAcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;

/**
 * Citizens first in a spike: before each fetch of due jobs the job executor waits while the intake is under
 * pressure ({@link Pressure}: intake/IntakePressure) — at most {@code desk.intake.background-max-wait-ms} at a time, and then
 * fetches only {@link #TRICKLE_JOBS} jobs instead of a full batch, so the background keeps moving under a long
 * spike without taking the CPU from the citizens' requests; full batches again as soon as the spike is over.
 * Jobs already fetched run on; nothing is lost or reordered, only started later. Measured in docs/BENCHMARKS.md.
 */
@Component
public class JobsYieldToIntake extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobsYieldToIntake.class);
  /** How long the intake must be calm before background work resumes. */
  public static final long QUIET_MILLIS = 200;
  /**
   * Jobs fetched when the wait ran out and the spike goes on: a long spike keeps the background moving a little
   * at a time instead of handing it the CPU for a full batch (32 registrations) once a minute.
   */
  public static final int TRICKLE_JOBS = 2;

  /** How busy the intake is: the citizens' requests in flight on this node. */
  public interface Pressure {
    /**
     * Waits until the intake was calm for {@code quietMillis}, at most {@code maxMillis}.
     *
     * @return how long it waited
     */
    long awaitCalm(long quietMillis, long maxMillis);
  }

  private final Pressure pressure;
  private final long maxWaitMillis;

  public JobsYieldToIntake(Pressure pressure, DeskProperties.Intake intake) {
    this.pressure = pressure;
    this.maxWaitMillis = intake.backgroundMaxWaitMs();
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
        int few = Math.min(numJobs, TRICKLE_JOBS);
        LOG.debug("intake under pressure for {} ms; fetching {} jobs anyway", waited, few);
        return usual.getCommand(few);
      }
      return usual.getCommand(numJobs);
    });
  }
}
