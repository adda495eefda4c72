package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ghi nhận hình thức kỷ luật đề xuất": the sanction table's answer ("Đề xuất hình thức kỷ luật") where the forms and
 * the gateways read it — the recommended form, whether a council is needed, the legal basis — and the council's
 * summons count from zero. Once per answer: the table's raw result is removed once presented.
 */
@Component("presentSanctionRecommendation")
public class PresentSanctionRecommendation implements JavaDelegate {

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(RECOMMENDATION);
    if (result == null) {
      return; // presented already
    }
    Sanction sanction = Sanction.valueOf((String) result.get("sanction"));
    execution.setVariable(RECOMMENDED_SANCTION, sanction.name());
    execution.setVariable(RECOMMENDED_SANCTION_TEXT, sanction.label());
    execution.setVariable(COUNCIL_REQUIRED, Boolean.TRUE.equals(result.get("councilRequired")));
    execution.setVariable(LEGAL_BASIS, result.get("legalBasis"));
    execution.setVariable(COUNCIL_ABSENCES, 0);
    execution.removeVariable(RECOMMENDATION);
  }
}
