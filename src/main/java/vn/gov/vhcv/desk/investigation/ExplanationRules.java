package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Ghi nhận văn bản giải trình" is complete when the explanation was received with its content summarised, or
 * recorded as not given; "Ghi nhận giải trình vào hồ sơ" ({@link RecordExplanation}) writes it down.
 */
@Component("explanationRules")
public class ExplanationRules implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String received = Decisions.text(task.getVariable(EXPLANATION_RECEIVED));
    if ("RECEIVED".equals(received)) {
      Decisions.requireText(task.getVariable(EXPLANATION_SUMMARY), 20, "Phải tóm tắt nội dung giải trình (ít nhất 20 ký tự)");
    } else if (!"NOT_RECEIVED".equals(received)) {
      throw new Refusal("Chưa chọn tình trạng văn bản giải trình");
    }
  }
}
