package vn.gov.vhcv.desk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * H2's own count of the statements it executed (INFORMATION_SCHEMA.QUERY_STATISTICS): how many statements a desk
 * case costs and which ones, a measure that, like the rows written, does not depend on the machine's load. Empty on
 * PostgreSQL (pg_stat_statements is not installed there).
 */
final class StatementStatistics {

  record Statement(String sql, long executions, double totalMillis) {}

  private StatementStatistics() {}

  /** Starts counting afresh (turning the statistics on clears them). */
  static boolean start(JdbcClient db, String product) {
    if (!"H2".equals(product)) {
      return false;
    }
    db.sql("SET QUERY_STATISTICS FALSE").update();
    db.sql("SET QUERY_STATISTICS_MAX_ENTRIES 5000").update();
    db.sql("SET QUERY_STATISTICS TRUE").update();
    return true;
  }

  /** The statements counted since {@link #start}, the benchmark's own row counts left out, busiest first. */
  static List<Statement> read(JdbcClient db) {
    List<Statement> all = new ArrayList<>(db.sql("""
            SELECT SQL_STATEMENT, EXECUTION_COUNT, CUMULATIVE_EXECUTION_TIME FROM INFORMATION_SCHEMA.QUERY_STATISTICS""")
        .query((rs, i) -> new Statement(rs.getString(1), rs.getLong(2), rs.getDouble(3))).list());
    all.removeIf(s -> s.sql().startsWith("SELECT COUNT(*) FROM ") && !s.sql().contains("WHERE")
        || s.sql().contains("QUERY_STATISTICS"));
    all.sort((a, b) -> Long.compare(b.executions(), a.executions()));
    db.sql("SET QUERY_STATISTICS FALSE").update();
    return all;
  }

  static String kind(String sql) {
    String s = sql.stripLeading().toUpperCase(Locale.ROOT);
    int space = s.indexOf(' ');
    return space < 0 ? s : s.substring(0, space);
  }
}
