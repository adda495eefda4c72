package vn.gov.vhcv.desk.notification;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Dates;

/**
 * "Gửi tổng hợp việc đang chờ": every working morning (step of "Giám sát thời hạn hằng ngày"), each staff
 * member who chose the daily digest gets one mail listing the open tasks waiting for them — unclaimed tasks of
 * their groups and tasks assigned to them — oldest due first. Idempotent: one notice per person and day.
 */
@Component("sendWorkDigests")
public class SendWorkDigests implements JavaDelegate {

  static final int LIMIT = 100;

  private final WorkDigestPreferences preferences;
  private final Recipients recipients;
  private final StaffNotices notices;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final DeskClock clock;

  public SendWorkDigests(WorkDigestPreferences preferences, Recipients recipients, StaffNotices notices,
      TaskService tasks, RuntimeService runtime, DeskClock clock) {
    this.preferences = preferences;
    this.recipients = recipients;
    this.notices = notices;
    this.tasks = tasks;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int sent = 0;
    for (String userId : preferences.digestUsers()) {
      var person = recipients.user(userId);
      if (person.isPresent() && notices.workDigest(person.get(), clock.today(), lines(userId))) {
        sent++;
      }
    }
    execution.setVariable("workDigestsSent", sent);
  }

  /** "<tracking code> – <task> – hạn dd/MM/yyyy", due first; at most {@value #LIMIT} and a closing count. */
  List<String> lines(String userId) {
    List<String> groups = recipients.groupsOf(userId);
    var query = tasks.createTaskQuery().active();
    List<Task> waiting = (groups.isEmpty() ? query.taskAssignee(userId)
        : query.or().taskCandidateGroupIn(groups).taskAssignee(userId).endOr())
        .orderByDueDate().asc().orderByTaskCreateTime().asc().list();
    var pis = waiting.stream().map(Task::getProcessInstanceId).filter(id -> id != null).collect(Collectors.toSet());
    Map<String, String> codes = pis.isEmpty() ? Map.of()
        : runtime.createProcessInstanceQuery().processInstanceIds(new HashSet<>(pis)).list().stream()
            .filter(p -> p.getBusinessKey() != null)
            .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey, (a, b) -> a));
    List<String> lines = new ArrayList<>();
    for (Task t : waiting.stream().limit(LIMIT).toList()) {
      String code = codes.getOrDefault(t.getProcessInstanceId(), "");
      String due = t.getDueDate() == null ? "không có hạn"
          : "hạn " + Dates.text(t.getDueDate().toInstant().atZone(clock.zone()).toLocalDate());
      lines.add((code.isEmpty() ? "" : code + " – ") + vn.gov.vhcv.desk.casefile.CaseCards.step(t.getName()) + " – " + due);
    }
    if (waiting.size() > LIMIT) {
      lines.add("… và " + (waiting.size() - LIMIT) + " việc khác");
    }
    return lines;
  }
}
