package vn.gov.vhcv.desk.staff;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.investigation.InvestigationVariables;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScope;

/**
 * Who may add evidence and the official's explanation to a case: the investigators assigned to it (an
 * investigation of the case whose "Phân công người xác minh" named them and found no conflict of interest) and the
 * leaders of the unit that handles the case and of the units above it ({@code lanh-dao.<unit>} of
 * {@link UnitScope#chain}). Everyone else who sees the case only reads and downloads its files.
 */
@Component
public class EvidenceUploaders {

  private final UnitScope units;
  private final HistoryService history;
  private final JdbcClient jdbc;

  public EvidenceUploaders(UnitScope units, HistoryService history, JdbcClient jdbc) {
    this.units = units;
    this.history = history;
    this.jdbc = jdbc;
  }

  public boolean mayUpload(Authentication user, CaseRecord c) {
    return user != null && (leaderOfHandlingUnit(user, c) || assignedInvestigator(user, c));
  }

  boolean leaderOfHandlingUnit(Authentication user, CaseRecord c) {
    if (!StaffRoles.has(user, StaffRoles.LEADER)) {
      return false;
    }
    String unit = jdbc.sql("SELECT COALESCE(handling_unit, unit_code) FROM report_case WHERE id = :id")
        .param("id", c.id()).query(String.class).optional().orElse(null);
    return unit != null && units.chain(unit).stream()
        .anyMatch(u -> StaffRoles.has(user, UnitScope.group(StaffRoles.LEADER, u)));
  }

  /** The account named by an investigation of the case (running or finished) and cleared of any conflict. */
  boolean assignedInvestigator(Authentication user, CaseRecord c) {
    if (!StaffRoles.has(user, StaffRoles.INVESTIGATOR)) {
      return false;
    }
    for (HistoricProcessInstance investigation : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(c.trackingCode()).processDefinitionKey("investigation").list()) {
      Map<String, Object> values = history.createHistoricVariableInstanceQuery()
          .processInstanceId(investigation.getId())
          .variableNameIn(InvestigationVariables.INVESTIGATOR_ID, InvestigationVariables.INVESTIGATOR_CLEARED).list()
          .stream().filter(v -> v.getValue() != null)
          .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue, (a, b) -> a));
      if (user.getName().equals(values.get(InvestigationVariables.INVESTIGATOR_ID))
          && Boolean.TRUE.equals(values.get(InvestigationVariables.INVESTIGATOR_CLEARED))) {
        return true;
      }
    }
    return false;
  }
}
