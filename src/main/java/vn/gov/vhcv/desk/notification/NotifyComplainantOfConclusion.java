package vn.gov.vhcv.desk.notification;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * "Thông báo kết luận cho người phản ánh": when an approved conclusion sends the case on to discipline, the
 * sender learns of the conclusion now (Luật Tố cáo 2018 Điều 35: the denouncer is told of the conclusion), not
 * only after the discipline, which may take up to 150 days. No internal details and nothing about the sanction:
 * the discipline's result follows in its own notice. On the public timeline and, with an address, in the outbox;
 * a second run writes nothing twice.
 */
@Component("notifyComplainantOfConclusion")
public class NotifyComplainantOfConclusion implements JavaDelegate {

  private final CaseRepository cases;
  private final ComplainantNotices notices;

  public NotifyComplainantOfConclusion(CaseRepository cases, ComplainantNotices notices) {
    this.cases = cases;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    String text = "Kết luận: " + c.outcomeText() + ". Người có hành vi vi phạm được chuyển cấp có thẩm quyền xem xét "
        + "xử lý kỷ luật theo quy định; ông/bà sẽ được thông báo khi có kết quả xử lý.";
    notices.tell(c, "CONCLUSION_NOTIFIED", NoticeKind.CONCLUSION, text);
  }
}
