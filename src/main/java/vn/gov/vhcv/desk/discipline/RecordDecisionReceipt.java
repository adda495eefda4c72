package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

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
  private final CaseRepository cases;
  private final DisciplineRegister register;
  private final CaseHistory history;
  private final Actors actors;
  private final DeskClock clock;

  public RecordDecisionReceipt(AppealPeriod appealPeriod, CaseRepository cases, DisciplineRegister register,
      CaseHistory history, Actors actors, DeskClock clock) {
    this.appealPeriod = appealPeriod;
    this.cases = cases;
    this.register = register;
    this.history = history;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    LocalDate received = Decisions.day(execution.getVariable(DECISION_RECEIVED_ON), clock.zone(), "Ngày nhận quyết định",
        "Chưa ghi ngày cán bộ nhận quyết định kỷ luật");
    LocalDate appealDue = appealPeriod.lastDay(received);
    execution.setVariable(APPEAL_DUE, clock.endOf(appealDue));
    register.appealDue(caseId, appealDue);
    history.recordStep(execution, caseId, "DISCIPLINE_DECISION_RECEIVED", "Cán bộ nhận quyết định kỷ luật ngày "
        + Dates.text(received) + "; thời hạn khiếu nại đến hết ngày " + Dates.text(appealDue), actors.current());
  }
}
