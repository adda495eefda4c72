package vn.gov.vhcv.desk.engine;

import java.util.Arrays;
import java.util.Objects;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A candidate group removed from a task loses the task. Camunda grants a task to each of its candidate groups
 * (an authorization per group and task, written when the group is added: that is how unit-scoped tasks reach
 * Tasklist and the engine REST API, see {@link ScopedCandidateGroups}), but its default provider deletes nothing when
 * the group is removed ({@code deleteTaskGroupIdentityLink} returns no authorization), so the group kept
 * seeing — and working on — a task taken from it. Here the removal deletes the group's grant on the task (and on
 * its history, where that permission is on). A user's grants (candidate user, assignee, owner) are Camunda's as
 * before.
 */
@Component
public class TaskGrantsFollowCandidateGroups extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {
    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
      if (groupId == null || task == null || task.getId() == null) {
        return null;
      }
      AuthorizationEntity runtime = getGrantAuthorizationByGroupId(groupId, Resources.TASK, task.getId());
      AuthorizationEntity history = isHistoricInstancePermissionsEnabled()
          ? getGrantAuthorizationByGroupId(groupId, Resources.HISTORIC_TASK, task.getId()) : null;
      AuthorizationEntity[] grants = Arrays.stream(new AuthorizationEntity[] {runtime, history})
          .filter(Objects::nonNull).toArray(AuthorizationEntity[]::new);
      return grants.length == 0 ? null : grants;
    }
  }
}
