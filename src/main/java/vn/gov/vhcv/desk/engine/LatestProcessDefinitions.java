package vn.gov.vhcv.desk.engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts the desk's own processes (a case, a clock watch, a notice's sending) by the id of the latest
 * version of their key, remembered for {@link #TTL_SECONDS} seconds. Starting by key asks the database for
 * the latest version every time — on the embedded H2 16 % of a citizen's report request and one query
 * for each of the 16 notices of a case (JFR, spike benchmark). A version deployed later (by this node at
 * start-up, or by an operator through another node) is used for processes started from
 * {@link #TTL_SECONDS} seconds after its deployment; running instances are never affected.
 */
@Component
public class LatestProcessDefinitions {

  static final long TTL_SECONDS = 5;

  private record Latest(String id, long until) {}

  private final ObjectProvider<ProcessEngineConfigurationImpl> engine;
  private final ObjectProvider<RuntimeService> runtime;
  private final Map<String, Latest> byKey = new ConcurrentHashMap<>();

  public LatestProcessDefinitions(ObjectProvider<ProcessEngineConfigurationImpl> engine,
      ObjectProvider<RuntimeService> runtime) {
    this.engine = engine;
    this.runtime = runtime;
  }

  /** The id of the latest deployed version of {@code key} (whoever the current user is). */
  public String idOf(String key) {
    long now = System.nanoTime();
    Latest latest = byKey.get(key);
    if (latest == null || now - latest.until() > 0) {
      String id = engine.getObject().getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(
          () -> context.getProcessEngineConfiguration().getDeploymentCache()
              .findDeployedLatestProcessDefinitionByKey(key).getId()));
      latest = new Latest(id, now + TimeUnit.SECONDS.toNanos(TTL_SECONDS));
      byKey.put(key, latest);
    }
    return latest.id();
  }

  /** Starts the latest version of {@code key}, in the caller's transaction and with the caller's rights. */
  public ProcessInstance start(String key, String businessKey, Map<String, Object> variables) {
    return runtime.getObject().startProcessInstanceById(idOf(key), businessKey, variables);
  }
}
