package vn.gov.vhcv.desk.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/** Open clocks by SLA state, for the monitor's list and digest (index {@code ix_clock_state_due_id}). */
@Repository
public class SlaCases {

  public record Row(String trackingCode, String clockKind, String category, String unitCode, String unitName,
      LocalDate startedOn, LocalDate dueOn, String state, long daysOverdue, String legalBasis) {}

  public record Page(List<Row> items, long total, int page, int size) {}

  public record Count(String unitCode, String unitName, String category, String state, long count) {}

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public SlaCases(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Page page(SlaState state, String unit, String category, int page, int size) {
    String where = " WHERE k.state = :state" + (unit == null ? "" : " AND c.unit_code = :unit")
        + (category == null ? "" : " AND c.category = :category");
    // every clock belongs to a case: without a filter on the case the total is counted on the clock index alone
    // (the join made the first page of OVERDUE take 126 ms at 100k open / 1M closed cases; benchmark "scale")
    var count = jdbc.sql(unit == null && category == null ? "SELECT COUNT(*) FROM case_clock k WHERE k.state = :state"
            : "SELECT COUNT(*) FROM case_clock k JOIN report_case c ON c.id = k.case_id" + where)
        .param("state", state.name());
    String columns = """
        SELECT c.tracking_code, k.kind, c.category, c.unit_code, u.name AS unit_name, k.started_on, k.due_on,
               k.state, k.legal_basis
        """;
    // without a filter on the case, the page is cut from the clock index (state, due_on, id) first and only
    // its rows are joined to their cases; with one, the join comes first
    var select = jdbc.sql(unit == null && category == null
            ? columns + """
                FROM (SELECT id, case_id, kind, started_on, due_on, state, legal_basis FROM case_clock
                       WHERE state = :state ORDER BY due_on, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY) k
                JOIN report_case c ON c.id = k.case_id LEFT JOIN unit u ON u.code = c.unit_code
               ORDER BY k.due_on, k.id"""
            : columns + """
                FROM case_clock k JOIN report_case c ON c.id = k.case_id LEFT JOIN unit u ON u.code = c.unit_code"""
                + where + " ORDER BY k.due_on, k.id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
        .param("state", state.name()).param("offset", (long) page * size).param("size", size);
    if (unit != null) {
      count = count.param("unit", unit);
      select = select.param("unit", unit);
    }
    if (category != null) {
      count = count.param("category", category);
      select = select.param("category", category);
    }
    LocalDate today = clock.today();
    List<Row> rows = select.query((rs, i) -> {
      LocalDate due = rs.getObject("due_on", LocalDate.class);
      return new Row(rs.getString("tracking_code"), rs.getString("kind"), rs.getString("category"),
          rs.getString("unit_code"), rs.getString("unit_name"), rs.getObject("started_on", LocalDate.class), due,
          rs.getString("state"), Math.max(0, ChronoUnit.DAYS.between(due, today)), rs.getString("legal_basis"));
    }).list();
    return new Page(rows, count.query(Long.class).single(), page, size);
  }

  /** Open clocks counted by holding unit, category and state. */
  public List<Count> counts() {
    return jdbc.sql("""
            SELECT c.unit_code, u.name, c.category, k.state, COUNT(*) AS n
              FROM case_clock k JOIN report_case c ON c.id = k.case_id LEFT JOIN unit u ON u.code = c.unit_code
             WHERE k.state <> 'MET'
             GROUP BY c.unit_code, u.name, c.category, k.state
             ORDER BY u.name, c.category, k.state""")
        .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
        .list();
  }
}
