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

/** "Chuyển đơn đến cơ quan có thẩm quyền": meets the forwarding clock, closes the case here as forwarded and tells the complainant where it went. Idempotent. */
@Component("forwardCase")
public class ForwardCase implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final CaseHistory history;
  private final ComplainantNotices notices;

  public ForwardCase(CaseRepository cases, CaseClocks clocks, CaseHistory history, ComplainantNotices notices) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String to = Decisions.text(execution.getVariable(FORWARD_TO_UNIT));
    String text = "Đơn không thuộc thẩm quyền giải quyết của đơn vị và đã được chuyển đến: " + to + ".";
    clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
    clocks.complete(caseId, ClockKind.FORWARDING);
    cases.recordOutcome(caseId, "FORWARDED", text);
    cases.close(caseId, CaseStatus.FORWARDED);
    history.recordOnce(caseId, "FORWARDED", text, null, true, "FORWARDED:" + caseId);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    notices.send(c, NoticeKind.FORWARDED, "Thông báo chuyển đơn", text);
  }
}
