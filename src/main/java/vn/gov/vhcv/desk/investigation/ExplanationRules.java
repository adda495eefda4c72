package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;

/** "Ghi nhận văn bản giải trình": received with its content, or recorded as not given. */
@Component("recordExplanation")
public class RecordExplanation implements TaskListener {

  private final CaseHistory history;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordExplanation(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    String received = Decisions.text(task.getVariable(EXPLANATION_RECEIVED));
    String message;
    if ("RECEIVED".equals(received)) {
      message = "Đã nhận văn bản giải trình: " + Decisions.requireText(task.getVariable(EXPLANATION_SUMMARY), 20,
          "Phải tóm tắt nội dung giải trình (ít nhất 20 ký tự)");
    } else if ("NOT_RECEIVED".equals(received)) {
      message = "Người bị phản ánh không giải trình trong thời hạn";
    } else {
      throw new Refusal("Chưa chọn tình trạng văn bản giải trình");
    }
    history.record(cases.caseIdOf(task), "EXPLANATION_RECORDED", message, actors.completing(task), false);
  }
}
