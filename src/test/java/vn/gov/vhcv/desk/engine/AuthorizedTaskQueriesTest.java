package vn.gov.vhcv.desk.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * Tasklist's task query with the grants matched as semi-joins sees exactly what the engine's own query sees: for
 * each demo user, every list, count and shared filter, with and without the rewrite.
 */
class AuthorizedTaskQueriesTest extends DeskTest {

  @org.springframework.beans.factory.annotation.Autowired javax.sql.DataSource dataSource;

  private static final String ENGINE_SQL = """
      select distinct RES.REV_, RES.ID_, RES.NAME_ from ACT_RU_TASK RES
       left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_ left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
       left join ( SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2 AND ( A.USER_ID_ in ( ?, '*')
         OR A.GROUP_ID_ IN ( ? , ? ) ) AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ?
         AND A.PERMS_ & ? = ? ) ) ) AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
      WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? , ? ) ) ) )
        and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) ) and (RES.TENANT_ID_ is null )
      order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?""";

  @Test
  void theEnginesTaskQueryMatchesGrantsAsSemiJoinsWithItsParametersInTheSameOrder() {
    String rewritten = AuthorizedTaskQueries.rewrite(ENGINE_SQL);
    assertThat(rewritten).startsWith("WITH DESK_TASK_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE")
        .contains("RES.ID_ IN (SELECT RESOURCE_ID_ FROM DESK_TASK_GRANTS)",
            "D.KEY_ IN (SELECT RESOURCE_ID_ FROM DESK_TASK_GRANTS)",
            "EXISTS (SELECT 1 FROM DESK_TASK_GRANTS WHERE RESOURCE_ID_ = '*')", "(RES.CASE_EXECUTION_ID_ IS NOT NULL)")
        .doesNotContain("AUTH.", "left join ( SELECT A.*");
    assertThat(rewritten.chars().filter(c -> c == '?').count()).isEqualTo(ENGINE_SQL.chars().filter(c -> c == '?').count());
    // the grants' parameters still come first, then the identity links', then the page's
    assertThat(rewritten.substring(0, rewritten.indexOf("select distinct")).chars().filter(c -> c == '?').count())
        .isEqualTo(9);
  }

  @Test
  void statementsOfAnyOtherShapeRunAsTheEngineWroteThem() {
    for (String other : List.of(
        ENGINE_SQL.replace("left join ( SELECT A.*", "inner join ( SELECT A.*"), // no case tasks: kept as is
        ENGINE_SQL.replace("from ACT_RU_TASK RES", "from ACT_RU_EXECUTION RES"),
        ENGINE_SQL.replace("left join ACT_RU_IDENTITYLINK I on", "left join ACT_RU_IDENTITYLINK I on ? = ? and"),
        ENGINE_SQL.replace("D.KEY_ , '*'", "D.KEY_ , P.KEY_ , '*'"),
        ENGINE_SQL.replace("and (RES.TENANT_ID_ is null )", "and AUTH1.RESOURCE_ID_ IS NOT NULL"))) {
      assertThat(AuthorizedTaskQueries.rewrite(other)).isEqualTo(other);
    }
  }

  @Test
  void everyDemoUserSeesTheSameTasksWithAndWithoutTheRewrite() throws Exception {
    try (var c = dataSource.getConnection()) {
      assumeTrue("PostgreSQL".equals(c.getMetaData().getDatabaseProductName()), "rewritten on PostgreSQL only");
    }
    // tasks in several units and steps: intake tasks of the province and of a commune, one claimed
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      codes.add(submit(complaint()).trackingCode());
    }
    codes.add(submitByStaff(new ReportRequest(complaint().type(), complaint().description(), null,
        new ReportRequest.OfficialRef("VH000128", null, null), null, false, complaint().complainant()),
        Channel.PAPER, java.time.OffsetDateTime.now().minusDays(3)).trackingCode()); // a commune's (P-AN-BINH)
    engine.getTaskService().claim(task(codes.get(0)).getId(), "tiepnhan");
    // one more way to see a task: a grant to one user on one task
    Task single = task(codes.get(1));
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("thidua");
    grant.setResource(Resources.TASK);
    grant.setResourceId(single.getId());
    grant.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(grant);
    // ... on every task of a process (by its key) ...
    Authorization byProcess = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    byProcess.setUserId("giamsat");
    byProcess.setResource(Resources.PROCESS_DEFINITION);
    byProcess.setResourceId("reportCase");
    byProcess.addPermission(org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK);
    engine.getAuthorizationService().saveAuthorization(byProcess);
    // ... and on every task
    Authorization everyTask = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    everyTask.setUserId("hoidong");
    everyTask.setResource(Resources.TASK);
    everyTask.setResourceId(Authorization.ANY);
    everyTask.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(everyTask);

    long before = AuthorizedTaskQueries.REWRITTEN.get();
    var tasks = engine.getTaskService();
    var filters = engine.getFilterService();
    List<Filter> shared = filters.createTaskFilterQuery().list();
    assertThat(shared).hasSizeGreaterThanOrEqualTo(5);
    int nonEmpty = 0;
    for (String user : List.of("tiepnhan", "tiepnhanxa", "xacminh", "lanhdao", "hoidong", "thidua", "giamsat")) {
      List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
          .map(g -> g.getId()).toList();
      engine.getIdentityService().setAuthentication(user, groups);
      try {
        List<Supplier<Object>> questions = new ArrayList<>();
        questions.add(() -> ids(tasks.createTaskQuery().orderByDueDate().asc().orderByTaskId().asc().list()));
        questions.add(() -> tasks.createTaskQuery().count());
        questions.add(() -> ids(tasks.createTaskQuery().taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups)
            .includeAssignedTasks().orderByDueDate().asc().orderByTaskId().asc().listPage(0, 50)));
        questions.add(() -> tasks.createTaskQuery().taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups).count());
        questions.add(() -> ids(tasks.createTaskQuery().taskAssignee(user).list()));
        for (String code : codes) { // one prepared statement for every user, other parameters
          questions.add(() -> ids(tasks.createTaskQuery().processInstanceBusinessKey(code).list()));
        }
        for (Filter f : shared) {
          questions.add(() -> ids(filters.<Task>list(f.getId())));
          questions.add(() -> filters.count(f.getId()));
        }
        for (Supplier<Object> q : questions) {
          AuthorizedTaskQueries.enabled = false;
          Object engineAnswer;
          try {
            engineAnswer = q.get();
          } finally {
            AuthorizedTaskQueries.enabled = true;
          }
          Object rewrittenAnswer = q.get();
          assertThat(rewrittenAnswer).as(user).isEqualTo(engineAnswer);
          if (!"0".equals(String.valueOf(engineAnswer)) && !"[]".equals(String.valueOf(engineAnswer))) {
            nonEmpty++;
          }
        }
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }
    assertThat(nonEmpty).as("answers with tasks in them").isGreaterThan(20);
    assertThat(AuthorizedTaskQueries.REWRITTEN.get() - before).as("statements rewritten").isGreaterThan(50);
    for (Authorization a : List.of(grant, byProcess, everyTask)) {
      engine.getAuthorizationService().deleteAuthorization(a.getId());
    }
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }
}
