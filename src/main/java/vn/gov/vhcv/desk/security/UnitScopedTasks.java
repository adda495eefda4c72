package vn.gov.vhcv.desk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * Scopes every user task to the case's handling unit. At deployment, a candidate group that names a
 * staff role ({@code tiep-nhan}, {@code xac-minh}, …) is replaced by {@code ${unitScopedGroups.of(execution, role)}},
 * which gives the role's group of the handling unit and of each unit above it ({@code tiep-nhan.p-an-binh},
 * {@code tiep-nhan.ubnd-tinh}). Camunda grants task authorizations to candidate groups, so Tasklist,
 * the engine REST API and the desk's API all show a handler only their units' work. A model that
 * names a scoped group itself (with a dot) is left as it is.
 */
@Component("unitScopedGroups")
public class UnitScopedTasks extends AbstractProcessEnginePlugin {

  private final JdbcClient jdbc;
  private final UnitScope scope;
  private final ObjectProvider<CaseRepository> cases;

  public UnitScopedTasks(JdbcClient jdbc, UnitScope scope, ObjectProvider<CaseRepository> cases) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.cases = cases;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scopeElement, ActivityImpl activity) {
        Set<Expression> groups = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .getCandidateGroupIdExpressions();
        List<Expression> scoped = new ArrayList<>();
        for (Expression group : groups) {
          String text = group.getExpressionText();
          scoped.add(UnitScope.SCOPED_ROLES.contains(text)
              ? Context.getProcessEngineConfiguration().getExpressionManager()
                  .createExpression("${unitScopedGroups.of(execution, '" + text + "')}")
              : group);
        }
        groups.clear();
        groups.addAll(scoped);
      }
    });
  }

  /** The candidate groups of {@code role} for the execution's case: its handling unit and the units above. */
  public List<String> of(DelegateExecution execution, String role) {
    Long caseId = cases.getObject().findCaseIdOf(execution).orElse(null);
    // the unit that handles the case once it is routed, before that the unit it is about
    String unit = caseId == null ? null : jdbc.sql("SELECT COALESCE(handling_unit, unit_code) FROM report_case WHERE id = :id")
        .param("id", caseId).query(String.class).optional().orElse(null);
    if (unit == null) {
      return List.of(role);
    }
    return scope.chain(unit).stream().map(u -> UnitScope.group(role, u)).toList();
  }
}
