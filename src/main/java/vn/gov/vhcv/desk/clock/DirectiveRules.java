package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Chỉ đạo xử lý hồ sơ quá hạn" is complete with the superior's directive written out; "Ghi nhận ý kiến chỉ đạo"
 * ({@link RecordDirective}) puts it in the case history.
 */
@Component("directiveRules")
public class DirectiveRules implements TaskListener {

  /** The form's field. */
  static final String DIRECTIVE = "directive";

  @Override
  public void notify(DelegateTask task) {
    Decisions.requireText(task.getVariable(DIRECTIVE), 10, "Ghi ý kiến chỉ đạo xử lý hồ sơ quá hạn (ít nhất 10 ký tự)");
  }
}
