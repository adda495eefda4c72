package vn.gov.vhcv.desk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who sees which unit's work. A case belongs to its handling unit; the staff of that unit and of the
 * units above it in the chain (commune or department → provincial People's Committee) see it, through
 * unit-scoped Camunda groups such as {@code tiep-nhan.p-an-binh}. Monitors and administrators see all.
 */
@Component
public class UnitScope {

  public static final List<String> SCOPED_ROLES = List.of(StaffRoles.INTAKE, StaffRoles.INVESTIGATOR,
      StaffRoles.LEADER, StaffRoles.COUNCIL, StaffRoles.COMMENDATION);

  private final JdbcClient jdbc;
  private final vn.gov.vhcv.desk.casefile.CaseRepository cases;

  public UnitScope(JdbcClient jdbc, vn.gov.vhcv.desk.casefile.CaseRepository cases) {
    this.jdbc = jdbc;
    this.cases = cases;
  }

  /**
   * The case with this tracking code if {@code user} may see it (their units' cases), else empty — callers
   * answer an unknown code and another unit's case with the same 404, revealing nothing.
   */
  public java.util.Optional<vn.gov.vhcv.desk.casefile.CaseRecord> visibleCase(Authentication user, String trackingCode) {
    return cases.findByTrackingCode(trackingCode.strip().toUpperCase()).filter(found -> canSeeCase(user, found.id()));
  }

  /** The Camunda group of {@code role} in {@code unitCode}, e.g. {@code tiep-nhan.p-an-binh}. */
  public static String group(String role, String unitCode) {
    return role + "." + unitCode.toLowerCase(Locale.ROOT);
  }

  /** The unit and every unit above it, nearest first. */
  public List<String> chain(String unitCode) {
    List<String> chain = new ArrayList<>();
    String current = unitCode;
    while (current != null && !chain.contains(current) && chain.size() < 10) {
      chain.add(current);
      current = jdbc.sql("SELECT parent_code FROM unit WHERE code = :c").param("c", current).query(String.class)
          .optional().orElse(null);
    }
    return chain;
  }

  /** Units (lower-case codes) whose scoped groups the user belongs to, from the login's authorities. */
  public static Set<String> unitsOf(Authentication user) {
    return user.getAuthorities().stream().map(a -> a.getAuthority())
        .filter(a -> a.startsWith(StaffRoles.PREFIX) && a.indexOf('.') > 0)
        .map(a -> a.substring(a.indexOf('.') + 1)).collect(Collectors.toSet());
  }

  /**
   * Whether a logged-in staff member may see a case handled by {@code caseUnit}: monitors and
   * administrators see every case, others those of their units and of the units below them.
   */
  public boolean canSee(Authentication user, String caseUnit) {
    if (StaffRoles.has(user, StaffRoles.ADMIN) || StaffRoles.has(user, StaffRoles.MONITOR)) {
      return true;
    }
    Set<String> mine = unitsOf(user);
    List<String> chain = caseUnit == null ? List.of() : chain(caseUnit);
    if (chain.isEmpty()) {
      // a case not yet tied to a unit is seen at the top of the chain only
      return mine.stream().anyMatch(u -> chainOfLower(u).size() == 1);
    }
    return chain.stream().map(c -> c.toLowerCase(Locale.ROOT)).anyMatch(mine::contains);
  }

  /** Whether the user may see the case: through the unit it is about or the unit that handles it. */
  public boolean canSeeCase(Authentication user, long caseId) {
    var units = jdbc.sql("SELECT unit_code, handling_unit FROM report_case WHERE id = :id").param("id", caseId)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional().orElse(new String[2]);
    return canSee(user, units[0]) || (units[1] != null && canSee(user, units[1]));
  }

  private List<String> chainOfLower(String lowerUnit) {
    return jdbc.sql("SELECT code FROM unit WHERE LOWER(code) = :c").param("c", lowerUnit).query(String.class)
        .optional().map(this::chain).orElse(List.of());
  }
}
