package vn.gov.vhcv.desk.notification;

import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * Tells the sender of a case what was decided, without internal details: on the public timeline and, when they left
 * an address, in the outbox; a second run (a retried job) writes nothing twice. One step, two uses:
 * <ul>
 *   <li>"Thông báo kết luận cho người phản ánh" ({@code notifyComplainantOfConclusion}): when an approved conclusion
 *   sends the case on to discipline, the sender learns of the conclusion now (Luật Tố cáo 2018 Điều 35: the denouncer
 *   is told of the conclusion), not only after the discipline, which may take up to 150 days; nothing about the
 *   sanction, whose result follows in its own notice;</li>
 *   <li>"Thông báo kết quả cho người phản ánh" ({@code notifyComplainantOfResult}): the approved result.</li>
 * </ul>
 */
public class NotifyComplainant implements JavaDelegate {

  private final CaseRepository cases;
  private final ComplainantNotices notices;
  private final String historyEvent;
  private final NoticeKind kind;
  private final Function<CaseRecord, String> text;

  NotifyComplainant(CaseRepository cases, ComplainantNotices notices, String historyEvent, NoticeKind kind,
      Function<CaseRecord, String> text) {
    this.cases = cases;
    this.notices = notices;
    this.historyEvent = historyEvent;
    this.kind = kind;
    this.text = text;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.findById(cases.caseIdOf(execution)).orElseThrow();
    notices.tell(c, historyEvent, kind, text.apply(c));
  }

  @Configuration
  static class Steps {
    @Bean("notifyComplainantOfConclusion")
    NotifyComplainant ofConclusion(CaseRepository cases, ComplainantNotices notices) {
      return new NotifyComplainant(cases, notices, "CONCLUSION_NOTIFIED", NoticeKind.CONCLUSION, c -> "Kết luận: "
          + c.outcomeText() + ". Người có hành vi vi phạm được chuyển cấp có thẩm quyền xem xét xử lý kỷ luật theo quy "
          + "định; ông/bà sẽ được thông báo khi có kết quả xử lý.");
    }

    @Bean("notifyComplainantOfResult")
    NotifyComplainant ofResult(CaseRepository cases, ComplainantNotices notices) {
      return new NotifyComplainant(cases, notices, "RESULT", NoticeKind.RESULT, c -> "Kết quả giải quyết: "
          + c.outcomeText() + ". Cơ quan có thẩm quyền sẽ xử lý theo quy định đối với những nội dung có cơ sở.");
    }
  }
}
