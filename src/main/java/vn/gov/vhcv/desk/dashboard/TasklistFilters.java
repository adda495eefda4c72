package vn.gov.vhcv.desk.dashboard;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters every staff member sees, created once at start-up (in every profile). */
@Component
@Order(3)
public class TasklistFilters implements ApplicationRunner {

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    create("Việc chờ nhóm tôi", -10, "#2e7d32", "Việc của nhóm tôi chưa ai nhận",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").orderByDueDate().asc());
    // candidate groups are unit-scoped (tiep-nhan.p-an-binh …), so the user's groups are their units' work
    create("Việc của đơn vị tôi", -8, "#6a1b9a", "Mọi việc của đơn vị tôi, kể cả việc đồng nghiệp đã nhận",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .orderByDueDate().asc());
    create("Việc tôi đang làm", -5, "#1565c0", "Việc đã giao cho tôi",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc());
    create("Quá hạn", 0, "#c62828", "Việc của nhóm tôi đã quá hạn xử lý",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueBeforeExpression("${now()}").orderByDueDate().asc());
    // due within 2 working days (Tết and weekends counted as the calendar counts them): the bean runs in the
    // filter's JUEL like in BPMN expressions
    create("Sắp đến hạn", 2, "#ef6c00", "Việc của nhóm tôi phải xong trong 2 ngày làm việc tới",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .dueAfterExpression("${now()}").dueBeforeExpression("${deadlines.workingDaysFromNow(2)}")
            .orderByDueDate().asc());
  }

  private void create(String name, int priority, String color, String description, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name).setOwner("admin").setQuery(query).setProperties(Map.of(
        "priority", priority, "color", color, "description", description, "refresh", true,
        "variables", List.of(Map.of("name", "trackingCode", "label", "Mã hồ sơ"),
            Map.of("name", "officialSummary", "label", "Người bị phản ánh"))));
    filters.saveFilter(filter);
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
