package vn.gov.vhcv.desk.notification;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * "Thông báo kết quả cho người phản ánh": the approved result, without internal details, on the
 * public timeline and (when the sender left an address) in the outbox. A retried job writes nothing twice.
 */
@Component("notifyComplainantOfResult")
public class NotifyComplainantOfResult implements JavaDelegate {

  private final CaseRepository cases;
  private final ComplainantNotices notices;

  public NotifyComplainantOfResult(CaseRepository cases, ComplainantNotices notices) {
    this.cases = cases;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    String text = "Kết quả giải quyết: " + c.outcomeText()
        + ". Cơ quan có thẩm quyền sẽ xử lý theo quy định đối với những nội dung có cơ sở.";
    notices.tell(c, "RESULT", NoticeKind.RESULT, text);
  }
}
