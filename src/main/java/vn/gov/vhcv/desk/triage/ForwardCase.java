package vn.gov.vhcv.desk.triage;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.NoticeKind;

/** "Chuyển đơn đến cơ quan có thẩm quyền": meets the forwarding clock, closes the case here as forwarded and tells the complainant where it went. Idempotent. */
@Component("forwardCase")
public class ForwardCase implements JavaDelegate {

  private final CaseRepository cases;
  private final IntakeOutcome outcome;

  public ForwardCase(CaseRepository cases, IntakeOutcome outcome) {
    this.cases = cases;
    this.outcome = outcome;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String text = "Đơn không thuộc thẩm quyền giải quyết của đơn vị và đã được chuyển đến: "
        + Decisions.text(execution.getVariable(FORWARD_TO_UNIT)) + ".";
    outcome.close(cases.caseIdOf(execution), CaseStatus.FORWARDED, text, NoticeKind.FORWARDED, "Thông báo chuyển đơn",
        ClockKind.ACKNOWLEDGEMENT, ClockKind.FORWARDING);
  }
}
