package vn.gov.vhcv.desk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Steps shared by the lifecycle scenario tests: a case driven through its processes as the demo users. */
public abstract class CaseScenarios extends DeskTest {

  public static final Map<String, Object> FOUNDED_REMIND = Map.of("conclusion", "FOUNDED",
      "findings", "Đã làm việc với cán bộ và xem camera: có quát nạt người dân.", "recommendation", "REMIND");

  protected static Map<String, Object> conclusion(String conclusion, String recommendation) {
    return Map.of("conclusion", conclusion, "findings", "Đã làm việc với các bên, đối chiếu hồ sơ và camera.",
        "recommendation", recommendation);
  }

  protected static Map<String, Object> vars(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  /** The case's main process instance. */
  protected ProcessInstance mainInstance(String trackingCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(trackingCode)
        .processDefinitionKey("reportCase").singleResult();
  }

  /** The running instance of a called process of the case. */
  protected ProcessInstance called(String trackingCode, String processKey) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(trackingCode)
        .processDefinitionKey(processKey).singleResult();
  }

  /** Runs the due jobs of every instance of the case (main and called processes). */
  protected void runCaseJobs(String trackingCode) {
    for (int guard = 0; guard < 20; guard++) {
      List<String> pis = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(trackingCode)
          .list().stream().map(ProcessInstance::getId).toList();
      List<Job> jobs = pis.isEmpty() ? List.of()
          : engine.getManagementService().createJobQuery().processInstanceIds(new java.util.HashSet<>(pis)).executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(jobs.get(0).getId());
    }
  }

  protected void accept(String code, String category, String conduct) {
    completeAs("tiepnhan", code, Map.of("category", category, "conductCode", conduct, "intakeDecision", "ACCEPT"));
  }

  /** Investigation up to the point where the conclusion is drafted (exclusive). */
  protected void investigateUpToConclusion(String code) {
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminh"));
    completeAs("xacminh", code, Map.of("investigationPlan", "Làm việc với cán bộ, thu thập trích xuất camera, lấy lời khai."));
    runCaseJobs(code);
    completeAs("xacminh", code, Map.of("explanationReceived", "RECEIVED",
        "explanationSummary", "Cán bộ thừa nhận có lớn tiếng do quá tải hồ sơ."));
    completeAs("xacminh", code, Map.of("evidenceSummary", "Trích xuất camera quầy số 3 và lời khai của hai người làm chứng.",
        "evidenceNextStep", "CONCLUDE"));
    if (called(code, "investigation") != null && "holdDialogue".equals(task(code).getTaskDefinitionKey())) {
      completeAs("xacminh", code, Map.of("dialogueDate", org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime(),
          "dialogueSummary", "Hai bên trình bày, thống nhất nội dung biên bản đối thoại."));
    }
  }

  /** The whole investigation, ending with the leader's approval. */
  protected void investigate(String code, Map<String, Object> conclusion) {
    investigateUpToConclusion(code);
    completeAs("xacminh", code, conclusion);
    completeAs("lanhdao", code, Map.of("approvalDecision", "APPROVE"));
  }

  /** A staff account in a group, linked to a unit and optionally to an official; created once. */
  protected void staff(String userId, String group, String unitCode, String badgeCode) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      var u = identity.newUser(userId);
      u.setPassword("secret-1");
      identity.saveUser(u);
    }
    for (String role : group.split(",")) {
      // the role, and the role's group of the province so the person works on every unit's cases
      for (String g : new String[] {role, vn.gov.vhcv.desk.security.UnitScope.group(role, "UBND-TINH")}) {
        if (identity.createUserQuery().userId(userId).memberOfGroup(g).count() == 0) {
          identity.createMembership(userId, g);
        }
      }
    }
    jdbc.sql("DELETE FROM staff_unit WHERE user_id = :u").param("u", userId).update();
    jdbc.sql("INSERT INTO staff_unit (user_id, unit_code, official_badge_code) VALUES (:u, :c, :b)")
        .param("u", userId).param("c", unitCode).param("b", badgeCode).update();
  }
}
