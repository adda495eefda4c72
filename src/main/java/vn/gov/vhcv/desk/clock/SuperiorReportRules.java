package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Báo cáo cấp trên về tố cáo quá hạn" is complete with the progress, the reason for the delay and the way forward;
 * "Ghi nhận báo cáo cấp trên" ({@link RecordSuperiorReport}) records it and stops its clock.
 */
@Component("superiorReportRules")
public class SuperiorReportRules implements TaskListener {

  /** The form's field. */
  static final String PROGRESS_REPORT = "progressReport";

  @Override
  public void notify(DelegateTask task) {
    Decisions.requireText(task.getVariable(PROGRESS_REPORT), 20,
        "Ghi báo cáo tiến độ, lý do chậm và hướng giải quyết (ít nhất 20 ký tự)");
  }
}
