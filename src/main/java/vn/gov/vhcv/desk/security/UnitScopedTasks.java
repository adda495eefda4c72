package vn.gov.vhcv.desk.security;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.engine.ScopedCandidateGroups;

/**
 * Scopes every user task to the case's handling unit. At deployment (engine/ScopedCandidateGroups), a candidate
 * group that names a staff role ({@code tiep-nhan}, {@code xac-minh}, …) is replaced by
 * {@code ${unitScopedGroups.of(execution, role)}},
 * which gives the role's group of the handling unit and of each unit above it ({@code tiep-nhan.p-an-binh},
 * {@code tiep-nhan.ubnd-tinh}). Camunda grants task authorizations to candidate groups, so Tasklist,
 * the engine REST API and the desk's API all show a handler only their units' work. A model that
 * names a scoped group itself (with a dot) is left as it is.
 */
@Component("unitScopedGroups")
public class UnitScopedTasks implements ScopedCandidateGroups.Scope {

  private final JdbcClient jdbc;
  private final UnitScope scope;
  private final ObjectProvider<CaseRepository> cases;

  public UnitScopedTasks(JdbcClient jdbc, UnitScope scope, ObjectProvider<CaseRepository> cases) {
    this.jdbc = jdbc;
    this.scope = scope;
    this.cases = cases;
  }

  /** A staff role's group is scoped; a group the model scoped itself (with a dot) is left as it is. */
  @Override
  public String expressionFor(String group) {
    return UnitScope.SCOPED_ROLES.contains(group) ? "${unitScopedGroups.of(execution, '" + group + "')}" : null;
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
