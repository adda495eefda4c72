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

/** "Thông báo từ chối thụ lý": closes the case as refused, with the reason, and tells the complainant. Idempotent. */
@Component("refuseCase")
public class RefuseCase implements JavaDelegate {

  private final CaseRepository cases;
  private final IntakeOutcome outcome;

  public RefuseCase(CaseRepository cases, IntakeOutcome outcome) {
    this.cases = cases;
    this.outcome = outcome;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String text = "Đơn không được thụ lý. Lý do: " + Decisions.text(execution.getVariable(REFUSAL_REASON));
    outcome.close(cases.caseIdOf(execution), CaseStatus.REFUSED, text, NoticeKind.REFUSED, "Thông báo không thụ lý đơn",
        ClockKind.ACKNOWLEDGEMENT);
  }
}
