package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Ghi nhận thời hạn khiếu nại" (its rules: {@link DecisionReceiptRules}): the official may appeal within 15 days of
 * the day they received the decision (Luật Khiếu nại 2011 Điều 48); a period that ends on a rest day or holiday ends
 * on the next working day (BLDS 2015 Điều 148 khoản 5). That last day is the process's timer and stands in the
 * discipline register; the receipt is in the case's trail, once per pass. Recording the same day again changes
 * nothing.
 */
@Component("recordDecisionReceipt")
public class RecordDecisionReceipt implements JavaDelegate {

  private final AppealPeriod appealPeriod;
  private final CaseSteps steps;
  private final DisciplineRegister register;
  private final DeskClock clock;

  public RecordDecisionReceipt(AppealPeriod appealPeriod, CaseSteps steps, DisciplineRegister register, DeskClock clock) {
    this.appealPeriod = appealPeriod;
    this.steps = steps;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    LocalDate received = Decisions.day(execution.getVariable(DECISION_RECEIVED_ON), clock.zone(), "Ngày nhận quyết định",
        "Chưa ghi ngày cán bộ nhận quyết định kỷ luật");
    LocalDate appealDue = appealPeriod.lastDay(received);
    execution.setVariable(APPEAL_DUE, clock.endOf(appealDue));
    register.appealDue(step.caseId(), appealDue);
    step.record("DISCIPLINE_DECISION_RECEIVED", "Cán bộ nhận quyết định kỷ luật ngày " + Dates.text(received)
        + "; thời hạn khiếu nại đến hết ngày " + Dates.text(appealDue));
  }
}
