package vn.gov.vhcv.desk.triage;


import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * "Xác định đơn vị xử lý": the routing table (processes/case-routing.dmn) picks the handling unit and
 * group from the category, the conduct's severity and the level of the official's unit. Idempotent.
 */
@Component("routeCase")
public class RouteCase implements JavaDelegate {

  public static final String HANDLING_UNIT = "handlingUnit";
  public static final String HANDLING_GROUP = "handlingGroup";

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final DecisionService decisions;
  private final JdbcClient jdbc;
  private final CaseHistory history;

  public RouteCase(CaseRepository cases, ReferenceData reference, DecisionService decisions, JdbcClient jdbc,
      CaseHistory history) {
    this.cases = cases;
    this.reference = reference;
    this.decisions = decisions;
    this.jdbc = jdbc;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    String severity = jdbc.sql("SELECT default_severity FROM conduct_code WHERE code = :c").param("c", c.conductCode())
        .query(String.class).optional().orElse("LESS_SERIOUS");
    String unitCode = reference.official(c.officialBadgeCode()).map(ReferenceData.Official::unitCode).orElse(c.unitCode());
    String level = reference.unit(unitCode).map(ReferenceData.Unit::level).orElse("PROVINCE");
    var result = decisions.evaluateDecisionTableByKey("caseRouting")
        .variables(Map.of("category", c.category().name(), "severity", severity, "unitLevel", level))
        .evaluate().getSingleResult();
    if (result == null) {
      // a gap in the table is the model's fault, not the user's: the step stops with a message an operator can act on
      throw new ProcessEngineException("Bảng phân công đơn vị xử lý (processes/case-routing.dmn) không có dòng cho "
          + c.category().label().toLowerCase() + " về người thuộc đơn vị cấp " + level + " ("
          + reference.unit(unitCode).map(ReferenceData.Unit::name).orElse(String.valueOf(unitCode))
          + "); bổ sung dòng phân công rồi thực hiện lại bước này");
    }
    String unit = result.getEntry("handlingUnit");
    execution.setVariable(HANDLING_UNIT, unit);
    execution.setVariable(HANDLING_GROUP, result.getEntry("handlingGroup"));
    jdbc.sql("UPDATE report_case SET handling_unit = :u WHERE id = :id").param("u", unit).param("id", caseId).update();
    history.recordOnce(caseId, "ROUTED", "Đơn vị xử lý: " + reference.unit(unit).map(ReferenceData.Unit::name).orElse(unit),
        null, false, "ROUTED:" + caseId);
  }
}
