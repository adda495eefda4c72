package vn.gov.vhcv.desk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * At deployment, replaces each candidate group of every user task that the {@link Scope} scopes by the expression
 * it gives (security/UnitScopedTasks: a staff role becomes the role's groups of the case's handling unit and the
 * units above it). Camunda grants task authorizations to candidate groups, so this is what keeps Tasklist, the
 * engine REST API and the desk's API to a handler's own units.
 */
@Component
public class ScopedCandidateGroups extends AbstractProcessEnginePlugin {

  /** Which candidate groups are scoped, and how. */
  public interface Scope {
    /** The expression that replaces candidate group {@code group}, or null to leave it as the model names it. */
    String expressionFor(String group);
  }

  private final ObjectProvider<Scope> scope;

  public ScopedCandidateGroups(ObjectProvider<Scope> scope) {
    this.scope = scope;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    UserTasksAtDeployment.change(configuration, task -> {
      Set<Expression> groups = task.getCandidateGroupIdExpressions();
      List<Expression> scoped = new ArrayList<>();
      for (Expression group : groups) {
        String expression = scope.getObject().expressionFor(group.getExpressionText());
        scoped.add(expression != null
            ? Context.getProcessEngineConfiguration().getExpressionManager().createExpression(expression)
            : group);
      }
      groups.clear();
      groups.addAll(scoped);
    });
  }
}
