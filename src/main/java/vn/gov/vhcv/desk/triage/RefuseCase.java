package vn.gov.vhcv.desk.triage;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.deadline.CaseClocks;
import vn.gov.vhcv.desk.deadline.ClockKind;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;

/** "Thông báo từ chối thụ lý": closes the case as refused, with the reason, and tells the complainant. Idempotent. */
@Component("refuseCase")
public class RefuseCase implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final CaseHistory history;
  private final ComplainantNotices notices;

  public RefuseCase(CaseRepository cases, CaseClocks clocks, CaseHistory history, ComplainantNotices notices) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String reason = Decisions.text(execution.getVariable(REFUSAL_REASON));
    String text = "Đơn không được thụ lý. Lý do: " + reason;
    clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
    cases.recordOutcome(caseId, "REFUSED", text);
    cases.close(caseId, CaseStatus.REFUSED);
    history.recordOnce(caseId, "REFUSED", text, null, true, "REFUSED:" + caseId);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    notices.send(c, NoticeKind.REFUSED, "Thông báo không thụ lý đơn", text);
  }
}
