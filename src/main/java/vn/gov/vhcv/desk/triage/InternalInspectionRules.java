package vn.gov.vhcv.desk.triage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Kiểm tra phục vụ quản lý" is complete with its result — a breach confirmed or not — and what was checked and done
 * about it. An anonymous letter is not handled as a complaint or denunciation (Luật Tố cáo 2018, Điều 25); when its
 * content is concrete the unit checks it for management purposes. "Ghi nhận kết quả kiểm tra"
 * ({@link RecordInternalInspection}) writes it down.
 */
@Component("internalInspectionRules")
public class InternalInspectionRules implements TaskListener {

  static final String RESULT = "inspectionResult";
  static final String NOTES = "inspectionNotes";

  @Override
  public void notify(DelegateTask task) {
    String result = Decisions.text(task.getVariable(RESULT));
    if (!"CONFIRMED".equals(result) && !"NOT_CONFIRMED".equals(result)) {
      throw new Refusal("Chưa chọn kết quả kiểm tra");
    }
    Decisions.requireText(task.getVariable(NOTES), 20, "Phải ghi nội dung kiểm tra và biện pháp chấn chỉnh (ít nhất 20 ký tự)");
  }
}
