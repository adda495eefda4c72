package vn.gov.vhcv.desk.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.clock.SlaRule;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.security.UnitScope;

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
    return page(state, unit, category, page, size, UnitScope.Visibility.ALL);
  }

  /** The page of the clocks whose cases {@code visible} covers (a commune's staff: their commune's). */
  public Page page(SlaState state, String unit, String category, int page, int size, UnitScope.Visibility visible) {
    // every clock carries its case's unit and category (V12): the total is counted and the page is cut from the
    // clocks alone — on the index (state, due_on, id), or (state, unit_code, due_on, id) for one unit — and only
    // the page's rows are joined to their cases (the join first made one unit's list take 472 ms at 100k open /
    // 1M closed cases; benchmark "scale")
    // the state as of today by the one rule (SlaRule), not the state the daily recompute last stored
    String where = " WHERE " + (state == SlaState.MET ? "" : "case_clock.state IN ('ON_TRACK', 'AT_RISK', 'OVERDUE', 'PAUSED') AND ")
        + SlaRule.sqlIs(state, "case_clock") + (unit == null ? "" : " AND unit_code = :unit")
        + (category == null ? "" : " AND category = :category") + visible.clockCondition("case_clock");
    LocalDate today = clock.today();
    var count = visible.bind(jdbc.sql("SELECT COUNT(*) FROM case_clock" + where)).param("today", today);
    var select = visible.bind(jdbc.sql("""
            SELECT c.tracking_code, k.kind, c.category, c.unit_code, u.name AS unit_name, k.started_on, k.due_on,
                   k.state, k.legal_basis
              FROM (SELECT id, case_id, kind, started_on, due_on, state, legal_basis FROM case_clock"""
            + where + """
                     ORDER BY due_on, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY) k
              JOIN report_case c ON c.id = k.case_id LEFT JOIN unit u ON u.code = c.unit_code
             ORDER BY k.due_on, k.id"""))
        .param("today", today).param("offset", (long) page * size).param("size", size);
    if (unit != null) {
      count = count.param("unit", unit);
      select = select.param("unit", unit);
    }
    if (category != null) {
      count = count.param("category", category);
      select = select.param("category", category);
    }
    List<Row> rows = select.query((rs, i) -> {
      LocalDate due = rs.getObject("due_on", LocalDate.class);
      return new Row(rs.getString("tracking_code"), rs.getString("kind"), rs.getString("category"),
          rs.getString("unit_code"), rs.getString("unit_name"), rs.getObject("started_on", LocalDate.class), due,
          state.name(), Math.max(0, ChronoUnit.DAYS.between(due, today)), rs.getString("legal_basis"));
    }).list();
    return new Page(rows, count.query(Long.class).single(), page, size);
  }

  /** Open clocks counted by holding unit, category and state. */
  public List<Count> counts() {
    return counts(UnitScope.Visibility.ALL);
  }

  /** Open clocks of the cases {@code visible} covers, counted by holding unit, category and state as of today. */
  public List<Count> counts(UnitScope.Visibility visible) {
    return visible.bind(jdbc.sql("""
            SELECT x.unit_code, u.name, x.category, x.state_today, COUNT(*) AS n
              FROM (SELECT k.unit_code, k.category, """ + SlaRule.sqlAsOf("k") + """
                            AS state_today
                      FROM case_clock k
                     WHERE k.state IN ('ON_TRACK', 'AT_RISK', 'OVERDUE', 'PAUSED')""" + visible.clockCondition("k") + """
                   ) x LEFT JOIN unit u ON u.code = x.unit_code
             GROUP BY x.unit_code, u.name, x.category, x.state_today
             ORDER BY u.name, x.category, x.state_today"""))
        .param("today", clock.today())
        .query((rs, i) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
        .list();
  }
}
