package vn.gov.vhcv.desk.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Dừng tính thời hạn thụ lý": an anonymous letter the intake sends to "Kiểm tra phục vụ quản lý" is answered by that
 * decision: it is not resolved under the Law (Luật Tố cáo 2018 Điều 25), has no statutory clock, and so its
 * acknowledgement clock stops here — it neither turns overdue nor escalates to leaders while the inspection runs.
 * Idempotent.
 */
@Component("stopAcknowledgementForInspection")
public class StopAcknowledgementForInspection implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final CaseHistory history;

  public StopAcknowledgementForInspection(CaseRepository cases, CaseClocks clocks, CaseHistory history) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
    history.recordOnce(caseId, "INTERNAL_INSPECTION", "Đơn ẩn danh: chuyển kiểm tra phục vụ quản lý, không giải quyết theo "
        + "thủ tục tố cáo, không tính thời hạn luật định", null, false, "INTERNAL_INSPECTION:" + caseId);
  }
}
