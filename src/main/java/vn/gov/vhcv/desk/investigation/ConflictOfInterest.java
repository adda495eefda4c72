package vn.gov.vhcv.desk.investigation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * Whether a staff member may investigate a report about an official: not the official, not working
 * in the official's unit nor in a unit above it (its chain of command).
 */
@Component
public class ConflictOfInterest {

  private final JdbcClient jdbc;
  private final ReferenceData reference;

  public ConflictOfInterest(JdbcClient jdbc, ReferenceData reference) {
    this.jdbc = jdbc;
    this.reference = reference;
  }

  /** The reason why {@code userId} may not investigate a case about {@code badgeCode}, if any. */
  public Optional<String> reason(String userId, String badgeCode, String caseUnitCode) {
    var staff = jdbc.sql("SELECT unit_code, official_badge_code FROM staff_unit WHERE user_id = :u").param("u", userId)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).optional();
    if (staff.isEmpty()) {
      return Optional.of("Tài khoản " + userId + " chưa được gắn với đơn vị công tác nên không kiểm tra được xung đột lợi ích");
    }
    String staffUnit = staff.get()[0];
    if (badgeCode != null && badgeCode.equals(staff.get()[1])) {
      return Optional.of("Người xác minh " + userId + " chính là người bị phản ánh");
    }
    String officialUnit = reference.official(badgeCode).map(ReferenceData.Official::unitCode).orElse(caseUnitCode);
    if (officialUnit == null) {
      return Optional.empty();
    }
    List<String> chain = chainOf(officialUnit);
    if (chain.get(0).equals(staffUnit)) {
      return Optional.of("Người xác minh " + userId + " công tác cùng cơ quan với người bị phản ánh ("
          + unitName(staffUnit) + ")");
    }
    if (chain.contains(staffUnit)) {
      return Optional.of("Người xác minh " + userId + " công tác tại cơ quan cấp trên quản lý trực tiếp người bị phản ánh ("
          + unitName(staffUnit) + ")");
    }
    return Optional.empty();
  }

  /** The unit and its parents, nearest first. */
  List<String> chainOf(String unitCode) {
    List<String> chain = new ArrayList<>();
    String code = unitCode;
    while (code != null && !chain.contains(code)) {
      chain.add(code);
      code = reference.unit(code).map(ReferenceData.Unit::parentCode).orElse(null);
    }
    return chain;
  }

  private String unitName(String code) {
    return reference.unit(code).map(ReferenceData.Unit::name).orElse(code);
  }
}
