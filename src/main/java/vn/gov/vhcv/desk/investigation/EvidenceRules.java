package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Thu thập chứng cứ" is complete with the evidence described, then either on to the conclusion or a request for an
 * extension with its complexity and reason. "Ghi nhận chứng cứ vào hồ sơ" ({@link RecordEvidence}) writes it down and
 * "Lập đề nghị gia hạn" ({@link FileExtensionRequest}) files the request, refusing the completion when the law allows
 * none.
 */
@Component("evidenceRules")
public class EvidenceRules implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Decisions.requireText(task.getVariable(EVIDENCE_SUMMARY), 20,
        "Phải mô tả chứng cứ đã thu thập (ít nhất 20 ký tự)");
    String next = Decisions.text(task.getVariable(EVIDENCE_NEXT_STEP));
    if ("REQUEST_EXTENSION".equals(next)) {
      Decisions.parse(ExtensionComplexity.class, task.getVariable(EXTENSION_COMPLEXITY),
          "Chưa chọn tính chất vụ việc (phức tạp hoặc đặc biệt phức tạp)");
      Decisions.requireText(task.getVariable(EXTENSION_REASON), 10, "Đề nghị gia hạn phải nêu lý do (ít nhất 10 ký tự)");
    } else if (!"CONCLUDE".equals(next)) {
      throw new Refusal("Chưa chọn bước tiếp theo (kết luận hoặc đề nghị gia hạn)");
    }
  }
}
