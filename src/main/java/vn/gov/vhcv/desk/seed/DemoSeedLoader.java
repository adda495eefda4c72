package vn.gov.vhcv.desk.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.intake.ReportService;
import vn.gov.vhcv.desk.intake.StaffCaseRequest;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScope;

/**
 * Demo profile only: the staff accounts (password {@code demo}) with their groups, units and
 * Camunda authorizations, and a handful of demo reports. Idempotent: a restart adds nothing twice.
 */
@Component
@Order(2)
public class DemoSeedLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoSeedLoader.class);
  static final String DEMO_PASSWORD = "demo";

  private final DeskProperties properties;
  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final JdbcClient jdbc;
  private final ReportService reports;
  private final ObjectMapper json;
  private final DemoCaseDriver driver;
  private final vn.gov.vhcv.desk.intake.CaseProcessStarter processes;

  public DemoSeedLoader(DeskProperties properties, IdentityService identity, AuthorizationService authorizations,
      JdbcClient jdbc, ReportService reports, ObjectMapper json, DemoCaseDriver driver,
      vn.gov.vhcv.desk.intake.CaseProcessStarter processes) {
    this.processes = processes;
    this.properties = properties;
    this.identity = identity;
    this.authorizations = authorizations;
    this.jdbc = jdbc;
    this.reports = reports;
    this.json = json;
    this.driver = driver;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!properties.seeds().demo()) {
      return;
    }
    int groups = 0;
    int users = 0;
    for (var g : CsvSeeds.read("demo/groups.csv")) {
      if (identity.createGroupQuery().groupId(g.get("id")).count() == 0) {
        Group group = identity.newGroup(g.get("id"));
        group.setName(g.get("name"));
        group.setType(g.get("type"));
        identity.saveGroup(group);
        groups++;
      }
      if (!StaffRoles.ADMIN.equals(g.get("id"))) {
        grantWorkflowGroup(g.get("id"));
      }
    }
    for (var u : CsvSeeds.read("demo/users.csv")) {
      String id = u.get("id");
      User existing = identity.createUserQuery().userId(id).singleResult();
      if (existing == null) {
        User user = identity.newUser(id);
        setVietnameseName(user, u.get("family_name"), u.get("given_names"));
        user.setEmail(u.get("email"));
        user.setPassword(DEMO_PASSWORD);
        identity.saveUser(user);
        users++;
      } else if (!u.get("family_name").equals(existing.getFirstName())
          || !u.get("given_names").equals(existing.getLastName())) {
        // an account seeded before the names were stored family name first
        setVietnameseName(existing, u.get("family_name"), u.get("given_names"));
        identity.saveUser(existing);
      }
      for (String group : u.get("groups").split(";")) {
        join(id, group);
        // the units whose cases this person works on (visibility), which may differ from their own unit
        if (u.get("work_units") != null && UnitScope.SCOPED_ROLES.contains(group)) {
          for (String unit : u.get("work_units").split(";")) {
            join(id, UnitScope.group(group, unit));
          }
        }
      }
      if (u.get("unit_code") != null
          && jdbc.sql("SELECT COUNT(*) FROM staff_unit WHERE user_id = :u").param("u", id).query(Integer.class).single() == 0) {
        jdbc.sql("INSERT INTO staff_unit (user_id, unit_code) VALUES (:u, :c)").param("u", id)
            .param("c", u.get("unit_code")).update();
      }
    }
    if (!properties.seeds().demoReports()) {
      log.info("Dữ liệu demo — {} nhóm mới, {} tài khoản mới", groups, users);
      return;
    }
    long before = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
    JsonNode demoReports = json.readTree(new ClassPathResource("seeds/demo/reports.json").getInputStream());
    int i = 0;
    for (JsonNode node : demoReports) {
      i++;
      ObjectNode body = node.deepCopy();
      Channel channel = Channel.valueOf(body.remove("channel").asText());
      OffsetDateTime receivedAt = OffsetDateTime.parse(body.remove("receivedAt").asText());
      JsonNode demoSteps = body.remove("demo");
      ReportRequest report = json.treeToValue(body, ReportRequest.class);
      var receipt = reports.submitByStaff(new StaffCaseRequest(report, channel, receivedAt),
          "demo-seed-report-%04d".formatted(i), "tiepnhan");
      if (demoSteps != null) {
        processes.startQueued(receipt.trackingCode());
        driver.drive(receipt.trackingCode(), demoSteps);
      }
    }
    long added = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single() - before;
    log.info("Dữ liệu demo — {} nhóm mới, {} tài khoản mới (mật khẩu '{}'), {} hồ sơ demo mới", groups, users,
        DEMO_PASSWORD, added);
  }

  /**
   * Camunda's webapps show a person as "firstName lastName" (Tasklist's assignee and header, Admin, Cockpit), so
   * the Vietnamese order, family name first ("Nguyễn Thị Thu Trang"), needs the family name (họ) in firstName and
   * the middle and given names (tên đệm và tên) in lastName; the Vietnamese webapps label the two fields so.
   */
  static void setVietnameseName(User user, String familyName, String givenNames) {
    user.setFirstName(familyName);
    user.setLastName(givenNames);
  }

  private void join(String user, String group) {
    if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
      identity.createMembership(user, group);
    }
  }

  /** What every workflow group needs to work in Tasklist; tasks themselves are granted per candidate group. */
  private void grantWorkflowGroup(String group) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(group, Resources.USER, "*", Permissions.READ);
    grant(group, Resources.GROUP, "*", Permissions.READ);
  }

  private void grant(String group, Resource resource, String resourceId, Permission permission) {
    boolean exists = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource)
        .resourceId(resourceId).list().stream().anyMatch(a -> a.isPermissionGranted(permission));
    if (!exists) {
      Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      a.setGroupId(group);
      a.setResource(resource);
      a.setResourceId(resourceId);
      a.addPermission(permission);
      authorizations.saveAuthorization(a);
    }
  }
}
