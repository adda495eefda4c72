package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Puts the sanction table's answer where forms and gateways read it. */
@Component("presentSanctionRecommendation")
public class PresentSanctionRecommendation implements ExecutionListener {

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateExecution execution) {
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(RECOMMENDATION);
    Sanction sanction = Sanction.valueOf((String) result.get("sanction"));
    execution.setVariable(RECOMMENDED_SANCTION, sanction.name());
    execution.setVariable(RECOMMENDED_SANCTION_TEXT, sanction.label());
    execution.setVariable(COUNCIL_REQUIRED, Boolean.TRUE.equals(result.get("councilRequired")));
    execution.setVariable(LEGAL_BASIS, result.get("legalBasis"));
    execution.setVariable(COUNCIL_ABSENCES, 0);
    execution.removeVariable(RECOMMENDATION);
  }
}
