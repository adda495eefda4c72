package vn.gov.vhcv.desk.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes sure every unit has its scoped staff groups ({@code tiep-nhan.<unit>}, {@code xac-minh.<unit>}, …),
 * in every profile: an administrator then only adds people to them in Camunda Admin.
 */
@Component
public class StaffUnitGroups {

  private final JdbcClient jdbc;
  private final IdentityService identity;

  public StaffUnitGroups(JdbcClient jdbc, IdentityService identity) {
    this.jdbc = jdbc;
    this.identity = identity;
  }

  /** Creates the missing scoped groups; called after the units are loaded. */
  public void ensure() {
    var units = jdbc.sql("SELECT code, name FROM unit ORDER BY code").query((rs, i) -> new String[] {rs.getString(1),
        rs.getString(2)}).list();
    for (String[] unit : units) {
      for (String role : UnitScope.SCOPED_ROLES) {
        String id = UnitScope.group(role, unit[0]);
        if (identity.createGroupQuery().groupId(id).count() == 0) {
          try {
            Group group = identity.newGroup(id);
            group.setName(roleName(role) + " — " + unit[1]);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
          } catch (RuntimeException raced) {
            // another node created it at the same moment
          }
        }
      }
    }
  }

  static String roleName(String role) {
    return switch (role) {
      case StaffRoles.INTAKE -> "Tiếp nhận đơn";
      case StaffRoles.INVESTIGATOR -> "Xác minh";
      case StaffRoles.LEADER -> "Lãnh đạo";
      case StaffRoles.COUNCIL -> "Hội đồng kỷ luật";
      case StaffRoles.COMMENDATION -> "Thi đua - Khen thưởng";
      case StaffRoles.MONITOR -> "Giám sát thời hạn";
      default -> role;
    };
  }
}
