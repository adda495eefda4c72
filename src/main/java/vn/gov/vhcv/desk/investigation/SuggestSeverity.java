package vn.gov.vhcv.desk.investigation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.discipline.DisciplineVariables;
import vn.gov.vhcv.desk.discipline.Severity;

/**
 * "Dự thảo kết luận xác minh" opens with the conduct code's level as the suggested severity: shown as text and
 * pre-filled in the form's "Mức độ vi phạm đề xuất" (unless the investigator already chose one). The level of the
 * breach depends on its consequences (NĐ 172/2025/NĐ-CP); the code's level is only where the investigator starts.
 */
@Component("suggestSeverity")
public class SuggestSeverity implements TaskListener {

  static final String SUGGESTED_SEVERITY_TEXT = "suggestedSeverityText";

  private final CaseRepository cases;
  private final JdbcClient jdbc;

  public SuggestSeverity(CaseRepository cases, JdbcClient jdbc) {
    this.cases = cases;
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    String conduct = cases.findById(cases.caseIdOf(task)).orElseThrow().conductCode();
    Severity level = conduct == null ? null : Severity.of(jdbc.sql("SELECT default_severity FROM conduct_code WHERE code = :c")
        .param("c", conduct).query(String.class).optional().orElse(null));
    if (level == null) {
      task.setVariable(SUGGESTED_SEVERITY_TEXT, "Mã hành vi không gợi ý mức độ — người xác minh chọn theo hậu quả của vi phạm");
      return;
    }
    task.setVariable(SUGGESTED_SEVERITY_TEXT, level.label() + " (mã " + conduct + ")");
    if (Severity.of(task.getVariable(DisciplineVariables.PROPOSED_SEVERITY)) == null) {
      task.setVariable(DisciplineVariables.PROPOSED_SEVERITY, level.name());
    }
  }
}
