package vn.gov.vhcv.desk.investigation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScopedTasks;

/**
 * "Phân công người xác minh" offers the investigators who may take the case: the members of the investigation group
 * of the case's handling unit and of the units above it (the same groups the case's investigation tasks go to). When
 * the task is created the list is shown in its form ({@code investigatorChoices}, on the task only); on completion
 * {@link InvestigatorAssignmentRules} accepts only an account of that list.
 */
@Component("unitInvestigators")
public class UnitInvestigators implements TaskListener {

  static final String CHOICES = "investigatorChoices";

  private final UnitScopedTasks groups;
  private final IdentityService identity;

  public UnitInvestigators(UnitScopedTasks groups, IdentityService identity) {
    this.groups = groups;
    this.identity = identity;
  }

  /** Account → "Họ tên (nhóm)" of the investigators who may take the task's case. */
  public Map<String, String> of(DelegateTask task) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String group : groups.of(task.getExecution(), StaffRoles.INVESTIGATOR)) {
      for (User u : identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()) {
        found.putIfAbsent(u.getId(), vn.gov.vhcv.desk.casefile.StaffNames.of(u));
      }
    }
    return found;
  }

  static String list(Map<String, String> choices) {
    return choices.isEmpty() ? "Đơn vị chưa có người xác minh nào; đề nghị quản trị viên bổ sung."
        : choices.entrySet().stream().map(e -> e.getKey() + " — " + e.getValue()).collect(Collectors.joining("\n"));
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(CHOICES, list(of(task)));
  }


}
