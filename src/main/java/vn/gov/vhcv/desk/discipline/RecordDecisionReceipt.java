package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Ghi nhận ngày cán bộ nhận quyết định kỷ luật": the official may appeal within 15 days of the day they
 * received the decision (Luật Khiếu nại 2011 Điều 48), not of the day it was signed. The day is checked (not
 * before the decision, not after today), the appeal period set from it for the process's timer and in the
 * discipline register, and written to the case's trail. Completing it again with the same day changes nothing.
 */
@Component("recordDecisionReceipt")
public class RecordDecisionReceipt implements TaskListener {

  private final DisciplineRegister register;
  private final CaseHistory history;
  private final Actors actors;
  private final DeskClock clock;

  private final CaseRepository cases;

  private final AppealPeriod appealPeriod;

  public RecordDecisionReceipt(AppealPeriod appealPeriod, CaseRepository cases, DisciplineRegister register, CaseHistory history, Actors actors, DeskClock clock) {
    this.appealPeriod = appealPeriod;
    this.cases = cases;
    this.register = register;
    this.history = history;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    LocalDate received = Decisions.day(task.getVariable(DECISION_RECEIVED_ON), clock.zone(), "Ngày nhận quyết định",
        "Chưa ghi ngày cán bộ nhận quyết định kỷ luật");
    Object decision = task.getVariable(DECISION_DATE);
    LocalDate decided = decision == null ? null
        : Decisions.day(decision, clock.zone(), "Ngày ký quyết định kỷ luật", "Chưa có ngày ký quyết định kỷ luật");
    if (decided != null && received.isBefore(decided)) {
      throw new Refusal("Ngày nhận quyết định (" + Dates.text(received)
          + ") không thể trước ngày ký quyết định (" + Dates.text(decided) + ")");
    }
    if (received.isAfter(clock.today())) {
      throw new Refusal("Ngày nhận quyết định (" + Dates.text(received)
          + ") không thể sau hôm nay");
    }
    // 15 days from receipt (Luật Khiếu nại 2011 Điều 48); a period that ends on a rest day or holiday ends on the
    // next working day (BLDS 2015 Điều 148 khoản 5)
    LocalDate appealDue = appealPeriod.lastDay(received);
    task.setVariable(DECISION_RECEIVED_ON, clock.endOf(received));
    task.setVariable(APPEAL_DUE, clock.endOf(appealDue));
    register.appealDue(caseId, appealDue);
    history.record(caseId, "DISCIPLINE_DECISION_RECEIVED", "Cán bộ nhận quyết định kỷ luật ngày "
        + Dates.text(received) + "; thời hạn khiếu nại đến hết ngày " + Dates.text(appealDue),
        actors.completing(task), false);
  }
}
