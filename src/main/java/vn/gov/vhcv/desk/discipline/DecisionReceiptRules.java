package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Ghi nhận ngày cán bộ nhận quyết định kỷ luật" is complete with the day the official received the decision: not
 * before it was signed, not after today. The appeal period runs from that day (Luật Khiếu nại 2011 Điều 48), not from
 * the signature: "Ghi nhận thời hạn khiếu nại" ({@link RecordDecisionReceipt}) sets it.
 */
@Component("decisionReceiptRules")
public class DecisionReceiptRules implements TaskListener {

  private final DeskClock clock;

  public DecisionReceiptRules(DeskClock clock) {
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
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
    task.setVariable(DECISION_RECEIVED_ON, clock.endOf(received));
  }
}
