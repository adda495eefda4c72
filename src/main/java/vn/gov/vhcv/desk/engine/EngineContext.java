package vn.gov.vhcv.desk.engine;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The few things of the engine's running context that feature code needs, behind public types, so that no
 * feature imports the engine's internals: who the engine's current user is, work done as no user or without
 * authorization checks (the desk's own bookkeeping, whoever triggered it), and the job the job executor is running.
 */
@Component
public class EngineContext {

  private final ObjectProvider<ProcessEngineConfigurationImpl> engine;

  public EngineContext(ObjectProvider<ProcessEngineConfigurationImpl> engine) {
    this.engine = engine;
  }

  /** The user id of the engine's current authentication, or null when there is none. */
  public String currentUserId() {
    Authentication auth = identity().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }

  /** The group ids of {@code engine}'s current authentication, or null when it has none (or no groups). */
  public static List<String> currentGroupIds(ProcessEngine engine) {
    Authentication auth = engine.getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getGroupIds();
  }

  /**
   * {@code work} with no current user: the engine checks no rights and records no user (a case or a notice belongs
   * to the desk, not to whoever entered it); the caller's authentication is back afterwards.
   */
  public <T> T asNoUser(Supplier<T> work) {
    IdentityService identity = identity();
    Authentication user = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (user != null) {
        identity.setAuthentication(user);
      }
    }
  }

  /** {@link #asNoUser(Supplier)} for work without a result. */
  public void asNoUser(Runnable work) {
    asNoUser(() -> {
      work.run();
      return null;
    });
  }

  /**
   * {@code work} in one engine command (joining the caller's transaction) whose engine calls are not checked
   * against the current user's authorizations; the user stays the one recorded.
   */
  public <T> T withoutAuthorization(Callable<T> work) {
    return engine.getObject().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work));
  }

  /** The job the job executor runs in this thread, or null outside the job executor. */
  public Job currentJob() {
    var worker = Context.getJobExecutorContext();
    return worker == null ? null : worker.getCurrentJob();
  }

  private IdentityService identity() {
    return engine.getObject().getIdentityService();
  }
}
