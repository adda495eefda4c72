package vn.gov.vhcv.desk.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Engine-wide: at deployment every user task of every process gets one create listener that hands the new task
 * to each {@link Listener} bean, in the transaction that creates the task (notification/TaskCreatedNotices mails
 * "việc đang chờ" to its candidate groups). No model has to name the listener.
 */
@Component
public class EveryUserTaskCreated extends AbstractProcessEnginePlugin {

  /** Told of every user task when it is created. */
  public interface Listener {
    void created(DelegateTask task);
  }

  private final ObjectProvider<Listener> listeners;

  public EveryUserTaskCreated(ObjectProvider<Listener> listeners) {
    this.listeners = listeners;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener listener = task -> listeners.orderedStream().forEach(l -> l.created(task));
    UserTasksAtDeployment.change(configuration,
        task -> task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener));
  }
}
