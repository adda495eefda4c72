package vn.gov.vhcv.desk.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * Engine-wide failed-job handling: a job that failed with a {@link Permanent} failure (in the desk: the SMTP
 * server's refusal for good, notification/PermanentMailRejection) is handled as usual (exception message and
 * stack trace recorded) and then has its retries set to 0, which raises the incident at once. Every other
 * failure keeps the retry cycle of its activity.
 */
@Component
public class FailFastOnPermanentRejection extends AbstractProcessEnginePlugin {

  /** A failure that no retry can mend: the job's incident is raised after the first attempt. */
  public interface Permanent {}

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    FailedJobCommandFactory usual = configuration.getFailedJobCommandFactory() == null
        ? new DefaultFailedJobCommandFactory() : configuration.getFailedJobCommandFactory();
    configuration.setFailedJobCommandFactory((jobId, failure) -> {
      Command<Object> retry = usual.getCommand(jobId, failure);
      if (!isPermanent(failure)) {
        return retry;
      }
      return context -> {
        retry.execute(context);
        JobEntity job = context.getJobManager().findJobById(jobId);
        if (job != null && job.getRetries() > 0) {
          job.setRetries(0); // creates the failed-job incident
        }
        return null;
      };
    });
  }

  static boolean isPermanent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Permanent) {
        return true;
      }
    }
    return false;
  }
}
