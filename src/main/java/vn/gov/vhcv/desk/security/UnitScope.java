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
 * unit-scoped Camunda groups such as {@code tiep-nhan.p-an-binh}. Administrators see all; so does a monitor
 * who is in no unit's monitor group ({@code giam-sat.<unit>}), while one who is sees only those units' cases.
 * The pages that list many cases (SLA dashboard, its CSV, {@code /api/sla/cases}, the outbox) filter with
 * {@link #visibility(Authentication)}; a single case is checked with {@link #canSeeCase}.
 */
@Component
public class UnitScope {

  public static final List<String> SCOPED_ROLES = List.of(StaffRoles.INTAKE, StaffRoles.INVESTIGATOR,
      StaffRoles.LEADER, StaffRoles.COUNCIL, StaffRoles.COMMENDATION, StaffRoles.MONITOR);

  /**
   * The units whose cases someone sees: every unit ({@link #ALL}), or the given unit codes (upper case; empty:
   * none). A case is seen through the unit it is about or the unit that handles it.
   */
  public record Visibility(Set<String> units) {

    public static final Visibility ALL = new Visibility(null);

    public boolean all() {
      return units == null;
    }

    public boolean sees(String unitCode) {
      return all() || (unitCode != null && units.contains(unitCode));
    }

    /**
     * A condition (to follow {@code WHERE …} with {@code AND}) on rows of {@code case_clock} under {@code alias}:
     * the clock's case is seen. Empty for {@link #ALL}; bind its parameter with {@link #bind}.
     */
    public String clockCondition(String alias) {
      return all() ? "" : units.isEmpty() ? " AND 1 = 0"
          : " AND (" + alias + ".unit_code IN (:scopeUnits) OR " + alias
              + ".case_id IN (SELECT id FROM report_case WHERE handling_unit IN (:scopeUnits)))";
    }

    /** The same condition on rows of {@code report_case} under {@code alias}. */
    public String caseCondition(String alias) {
      return all() ? "" : units.isEmpty() ? " AND 1 = 0"
          : " AND (" + alias + ".unit_code IN (:scopeUnits) OR " + alias + ".handling_unit IN (:scopeUnits))";
    }

    /** The same condition on a column holding a case id (e.g. {@code notification_outbox.case_id}). */
    public String caseIdCondition(String column) {
      return all() ? "" : units.isEmpty() ? " AND 1 = 0"
          : " AND " + column + " IN (SELECT id FROM report_case WHERE unit_code IN (:scopeUnits)"
              + " OR handling_unit IN (:scopeUnits))";
    }

    /** Binds the parameter of the conditions above, if they have one. */
    public org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
        org.springframework.jdbc.core.simple.JdbcClient.StatementSpec statement) {
      return all() || units.isEmpty() ? statement : statement.param("scopeUnits", List.copyOf(units));
    }
  }

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

  /**
   * Whether a logged-in staff member may see a case handled by {@code caseUnit}: those of their units and of the
   * units below them ({@link #visibility}); a case not yet tied to a unit only at the top of the chain.
   */
  public boolean canSee(Authentication user, String caseUnit) {
    return visibility(user).sees(caseUnit);
  }

  /**
   * The units whose cases {@code user} sees: all for an administrator, for a monitor in no unit's monitor group,
   * and for anyone in a group of a unit at the top of the chain (the province); else their units' and every
   * unit's below them.
   */
  public Visibility visibility(Authentication user) {
    return visibilityOfGroups(user.getAuthorities().stream().map(a -> a.getAuthority())
        .filter(a -> a.startsWith(StaffRoles.PREFIX)).map(a -> a.substring(StaffRoles.PREFIX.length()))
        .collect(Collectors.toSet()));
  }

  /** The same for someone who is not logged in (the recipient of a digest), from their Camunda group ids. */
  public Visibility visibilityOfGroups(Set<String> groupIds) {
    if (groupIds.contains(StaffRoles.ADMIN)) {
      return Visibility.ALL;
    }
    Set<String> mine = groupIds.stream().filter(g -> g.indexOf('.') > 0).map(g -> g.substring(g.indexOf('.') + 1))
        .collect(Collectors.toSet());
    if (groupIds.contains(StaffRoles.MONITOR)
        && groupIds.stream().noneMatch(g -> g.startsWith(StaffRoles.MONITOR + "."))) {
      return Visibility.ALL;
    }
    java.util.Map<String, String> parents = new java.util.HashMap<>();
    jdbc.sql("SELECT code, parent_code FROM unit").query((rs, i) -> parents.put(rs.getString(1), rs.getString(2)))
        .list();
    Set<String> seen = new java.util.HashSet<>();
    for (String code : parents.keySet()) {
      if (!mine.contains(code.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (parents.get(code) == null) {
        return Visibility.ALL;
      }
      seen.add(code);
    }
    // and every unit below them, however deep
    boolean grew = true;
    while (grew) {
      grew = false;
      for (var unit : parents.entrySet()) {
        if (unit.getValue() != null && seen.contains(unit.getValue()) && seen.add(unit.getKey())) {
          grew = true;
        }
      }
    }
    return new Visibility(Set.copyOf(seen));
  }

  /**
   * Whether the user may see the case: through the unit it is about or the unit that handles it, or — for a first
   * case that went to the next level (khiếu nại lần hai, tố cáo tiếp) — through the unit handling the second level,
   * which reads the whole first file.
   */
  public boolean canSeeCase(Authentication user, long caseId) {
    var units = jdbc.sql("SELECT unit_code, handling_unit FROM report_case WHERE id = :id").param("id", caseId)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional().orElse(new String[2]);
    Visibility visible = visibility(user);
    if (visible.sees(units[0]) || (units[1] != null && visible.sees(units[1]))) {
      return true;
    }
    return jdbc.sql("""
            SELECT s.handling_unit FROM escalation e JOIN report_case s ON s.id = e.case_id WHERE e.first_case_id = :id""")
        .param("id", caseId).query(String.class).list().stream().anyMatch(u -> u != null && visible.sees(u));
  }
}
