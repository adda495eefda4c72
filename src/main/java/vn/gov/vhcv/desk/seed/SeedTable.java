package vn.gov.vhcv.desk.seed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotent loading of seed rows into one table, matched by key: a row is inserted when new,
 * updated when it differs, left alone when equal. Several nodes starting at once are fine.
 */
final class SeedTable {

  record Result(String table, int inserted, int updated, int unchanged) {
    @Override
    public String toString() {
      return table + ": " + inserted + " mới, " + updated + " cập nhật, " + unchanged + " không đổi";
    }
  }

  private final JdbcClient jdbc;
  private final String table;
  private final String key;
  private int inserted;
  private int updated;
  private int unchanged;

  SeedTable(JdbcClient jdbc, String table, String key) {
    this.jdbc = jdbc;
    this.table = table;
    this.key = key;
  }

  void upsert(Map<String, Object> row) {
    Object keyValue = row.get(key);
    List<Map<String, Object>> existing = jdbc.sql("SELECT * FROM " + table + " WHERE " + key + " = :k")
        .param("k", keyValue).query().listOfRows();
    if (existing.isEmpty()) {
      String cols = String.join(", ", row.keySet());
      String vals = row.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
      try {
        jdbc.sql("INSERT INTO " + table + " (" + cols + ") VALUES (" + vals + ")").params(row).update();
        inserted++;
      } catch (DuplicateKeyException raced) {
        unchanged++;
      }
      return;
    }
    Map<String, Object> current = lowerKeys(existing.get(0));
    boolean same = row.entrySet().stream()
        .allMatch(e -> Objects.equals(str(e.getValue()), str(current.get(e.getKey()))));
    if (same) {
      unchanged++;
      return;
    }
    String sets = row.keySet().stream().filter(c -> !c.equals(key)).map(c -> c + " = :" + c)
        .collect(Collectors.joining(", "));
    jdbc.sql("UPDATE " + table + " SET " + sets + " WHERE " + key + " = :" + key).params(row).update();
    updated++;
  }

  Result result() {
    return new Result(table, inserted, updated, unchanged);
  }

  private static Map<String, Object> lowerKeys(Map<String, Object> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k.toLowerCase(), v));
    return out;
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
