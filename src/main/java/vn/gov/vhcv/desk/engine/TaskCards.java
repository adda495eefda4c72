package vn.gov.vhcv.desk.engine;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseCards;

/**
 * Every user task of a case says on its Tasklist card which case it is: the step's name, then the tracking code and
 * the official the case is about ("Phân loại và xử lý đơn · VH261202-ABC123 · Trương Thị Kim Chi"); its description
 * adds the due date and where the case's page is. Set when the task is created, before anyone is told of it.
 */
@Component
public class TaskCards extends AbstractProcessEnginePlugin {

  private final ObjectProvider<CaseCards> cards;
  private final ObjectProvider<DeskClock> clock;

  public TaskCards(ObjectProvider<CaseCards> cards, ObjectProvider<DeskClock> clock) {
    this.cards = cards;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    TaskListener label = this::label;
    // built in: runs before the model's own listeners and the "việc đang chờ" mail, which then show the card
    UserTasksAtDeployment.change(configuration, task -> task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, label));
  }


  void label(DelegateTask task) {
    String code = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (code == null) {
      return;
    }
    LocalDate due = task.getDueDate() == null ? null
        : task.getDueDate().toInstant().atZone(clock.getObject().zone()).toLocalDate();
    cards.getObject().of(code).ifPresent(card -> {
      task.setName(card.title(task.getName()));
      task.setDescription(card.description(due));
    });
  }
}
