package vn.gov.vhcv.desk.portal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the public may see of the reference data: units, and officials' name, title, unit and badge code. */
@Repository
public class PortalDirectory {

  public record UnitOption(String code, String name) {}

  public record PublicOfficial(String badgeCode, String fullName, String title, String unitCode, String unitName) {}

  private final JdbcClient jdbc;

  public PortalDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<UnitOption> units() {
    return jdbc.sql("SELECT code, name FROM unit ORDER BY CASE unit_level WHEN 'PROVINCE' THEN 0 WHEN 'INSPECTORATE' THEN 1"
            + " WHEN 'DEPARTMENT' THEN 2 ELSE 3 END, name")
        .query((rs, i) -> new UnitOption(rs.getString(1), rs.getString(2))).list();
  }

  public Optional<String> unitName(String code) {
    return jdbc.sql("SELECT name FROM unit WHERE code = :c").param("c", code).query(String.class).optional();
  }

  /** Vietnamese lower-case letters with their marks, and the same letters without ({@code đ} → {@code d}). */
  private static final String MARKED = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
  private static final String PLAIN = "aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd";

  /** "Trương Thị" → "truong thi": what a citizen types without diacritics still finds the name. */
  static String fold(String text) {
    String nfd = java.text.Normalizer.normalize(text.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
    return nfd.replaceAll("\\p{M}+", "").replace('đ', 'd');
  }

  /**
   * At most 20 officials of a unit and/or matching a part of the name or the badge code, with or without
   * diacritics ("truong thi" finds "Trương Thị Kim Chi").
   */
  public List<PublicOfficial> officials(String unitCode, String query) {
    String q = query == null ? "" : fold(query.strip());
    if (q.length() > 60) {
      q = q.substring(0, 60);
    }
    boolean byUnit = unitCode != null && !unitCode.isBlank();
    if (!byUnit && q.length() < 2) {
      return List.of();
    }
    String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql("""
            SELECT o.badge_code, o.full_name, o.title, o.unit_code, u.name
              FROM official o JOIN unit u ON u.code = o.unit_code
             WHERE (:unit = '' OR o.unit_code = :unit)
               AND (TRANSLATE(LOWER(o.full_name), :marked, :plain) LIKE :q ESCAPE '\\' OR LOWER(o.badge_code) LIKE :q ESCAPE '\\')
             ORDER BY o.full_name FETCH FIRST 20 ROWS ONLY""")
        .param("unit", byUnit ? unitCode : "").param("q", like).param("marked", MARKED).param("plain", PLAIN)
        .query((rs, i) -> new PublicOfficial(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5)))
        .list();
  }
}
