package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;

/** "Đóng hồ sơ do không bổ sung thông tin": the 15 days passed without an answer. Idempotent. */
@Component("closeForNoInformation")
public class CloseForNoInformation implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final ComplainantNotices notices;

  public CloseForNoInformation(CaseRepository cases, CaseClocks clocks, ComplainantNotices notices) {
    this.cases = cases;
    this.clocks = clocks;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String text = "Hồ sơ được đóng vì không nhận được thông tin bổ sung trong " + RequestInformation.DAYS_TO_ANSWER
        + " ngày. Ông/bà có thể gửi phản ánh mới kèm đầy đủ thông tin.";
    cases.recordOutcome(caseId, "NO_INFORMATION", text);
    clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
    cases.close(caseId, CaseStatus.REFUSED);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    notices.tell(c, "CLOSED_NO_INFORMATION", NoticeKind.INFORMATION_TIMEOUT, text);
  }
}
