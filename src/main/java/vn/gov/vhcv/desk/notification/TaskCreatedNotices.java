package vn.gov.vhcv.desk.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseCards;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.engine.EveryUserTaskCreated;

/**
 * Every user task of every process, when created (engine/EveryUserTaskCreated), mails "việc đang chờ nhóm" (or
 * "chờ lãnh đạo phê duyệt") to the members of its candidate groups, in the transaction that creates the task.
 */
@Component
public class TaskCreatedNotices implements EveryUserTaskCreated.Listener {

  private final ObjectProvider<StaffNotices> notices;
  private final ObjectProvider<vn.gov.vhcv.desk.DeskClock> clock;
  private final ObjectProvider<CaseRepository> cases;

  public TaskCreatedNotices(ObjectProvider<StaffNotices> notices, ObjectProvider<vn.gov.vhcv.desk.DeskClock> clock,
      ObjectProvider<CaseRepository> cases) {
    this.notices = notices;
    this.clock = clock;
    this.cases = cases;
  }

  @Override
  public void created(DelegateTask task) {
    Long caseId = cases.getObject().findCaseIdOf(task).orElse(null);
    String trackingCode = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    var due = task.getDueDate() == null ? null
        : task.getDueDate().toInstant().atZone(clock.getObject().zone()).toLocalDate();
    task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId()).distinct()
        .forEach(group -> notices.getObject().taskWaiting(caseId,
            trackingCode, task.getId(), CaseCards.step(task.getName()), CaseCards.officialOf(task.getName()), group, due));
  }
}
