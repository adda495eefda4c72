package vn.gov.vhcv.desk.casefile;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units, officials and conduct codes (the reference seeds). */
@Repository
public class ReferenceData {

  public record Unit(String code, String name, String level, String parentCode, String email, boolean remoteArea) {}

  public record Official(String badgeCode, String fullName, String title, String unitCode, String kind,
      boolean leader, String email) {}

  private final JdbcClient jdbc;

  public ReferenceData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Unit> unit(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT code, name, unit_level, parent_code, email, remote_area FROM unit WHERE code = :c")
        .param("c", code)
        .query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getBoolean(6)))
        .optional();
  }

  public Optional<Official> official(String badgeCode) {
    if (badgeCode == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT badge_code, full_name, title, unit_code, kind, leader, email FROM official WHERE badge_code = :b")
        .param("b", badgeCode)
        .query((rs, i) -> new Official(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getBoolean(6), rs.getString(7)))
        .optional();
  }

  public boolean conductCodeExists(String code) {
    return code != null && jdbc.sql("SELECT COUNT(*) FROM conduct_code WHERE code = :c").param("c", code)
        .query(Integer.class).single() > 0;
  }

  public Optional<String> conductCodeName(String code) {
    return jdbc.sql("SELECT name FROM conduct_code WHERE code = :c").param("c", code).query(String.class).optional();
  }
}
