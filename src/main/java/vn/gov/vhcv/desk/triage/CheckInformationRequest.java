package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/** Asking the sender for more information needs the question, and a sender who can be reached (not anonymous). */
@Component("checkInformationRequest")
public class CheckInformationRequest implements TaskListener {

  public static final String INFORMATION_REQUEST = "informationRequest";

  private final CaseRepository cases;

  public CheckInformationRequest(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!"REQUEST_INFO".equals(task.getVariable("intakeDecision"))) {
      return;
    }
    if (cases.findById(cases.caseIdOf(task)).orElseThrow().anonymous()) {
      throw new Refusal("Đơn ẩn danh không thể đề nghị người gửi bổ sung thông tin");
    }
    Decisions.requireText(task.getVariable(INFORMATION_REQUEST), 10,
        "Phải nêu rõ thông tin cần bổ sung (ít nhất 10 ký tự)");
  }
}
