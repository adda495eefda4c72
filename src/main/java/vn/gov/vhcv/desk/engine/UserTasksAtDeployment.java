package vn.gov.vhcv.desk.engine;

import java.util.ArrayList;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** A change made to the definition of every user task of every process as it is deployed. */
final class UserTasksAtDeployment {

  private UserTasksAtDeployment() {}

  /** Registers {@code change} as a post-BPMN parse listener of {@code configuration}, after those already there. */
  static void change(ProcessEngineConfigurationImpl configuration, Consumer<TaskDefinition> change) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          change.accept(behavior.getTaskDefinition());
        }
      }
    });
  }
}
