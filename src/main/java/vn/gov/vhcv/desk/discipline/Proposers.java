package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.PROPOSED_BY;

import java.util.Arrays;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Who took part in proposing the sanction (review meeting, council): none of them may decide it. */
final class Proposers {

  private Proposers() {}

  static void add(VariableScope scope, String user) {
    Object current = scope.getVariable(PROPOSED_BY);
    String list = current == null ? "" : current.toString();
    if (!contains(scope, user)) {
      scope.setVariable(PROPOSED_BY, list.isEmpty() ? user : list + "," + user);
    }
  }

  static boolean contains(VariableScope scope, String user) {
    Object current = scope.getVariable(PROPOSED_BY);
    return current != null && Arrays.asList(current.toString().split(",")).contains(user);
  }
}
