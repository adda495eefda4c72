package vn.gov.vhcv.desk.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.SlaRule;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.security.UnitScope.Visibility;
import vn.gov.vhcv.desk.staff.SlaStates;

/**
 * What the SLA monitor sees: the running clocks of every case counted by state (as of today, computed on read
 * from {@code case_clock} with the same rule as the nightly recompute), by unit and by type, the most urgent
 * overdue and at-risk clocks with who holds the case, and a 12-week trend. Everything is counted and cut in
 * the database: the page stays the same size at 100k open / 1M closed cases (benchmark "scale"). Everything
 * is of the cases the viewer sees ({@link Visibility}: a commune's monitor or leader their commune's; the
 * province's staff all).
 */
@Service
public class SlaDashboard {

  public record ClockLine(String trackingCode, String typeText, String unitCode, String unitName, ClockKind kind,
      String kindText, LocalDate startedOn, LocalDate dueOn, SlaState state, String stateText, long daysOver,
      long daysLeft, String holder) {}

  public record Counts(Map<SlaState, Long> byState, Map<String, Map<SlaState, Long>> byUnit,
      Map<String, Map<SlaState, Long>> byType) {}

  public record Week(LocalDate monday, long received, long closed, long overdue) {}

  /** The lists hold at most {@link #LIST_LIMIT} lines each; the counts say how many there are in all. */
  public record View(LocalDate today, Counts counts, List<ClockLine> overdue, List<ClockLine> atRisk,
      List<Week> trend, Set<Integer> missingYears) {

    public long overdueTotal() {
      return counts.byState().get(SlaState.OVERDUE);
    }

    public long atRiskTotal() {
      return counts.byState().get(SlaState.AT_RISK);
    }
  }

  /** The running clocks' states; a met clock leaves the dashboard (the trend counts the closed cases). */
  public static final List<SlaState> STATES = List.of(SlaState.OVERDUE, SlaState.AT_RISK, SlaState.ON_TRACK,
      SlaState.PAUSED);

  /** Lines shown per list on the page; the CSV has them all. */
  public static final int LIST_LIMIT = 200;

  private static final String RUNNING = "k.state IN ('ON_TRACK', 'AT_RISK', 'OVERDUE', 'PAUSED')";

  private final JdbcClient jdbc;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final DeskClock clock;
  private final WorkingCalendar calendar;

  private final vn.gov.vhcv.desk.casefile.CaseLabels labels;

  public SlaDashboard(JdbcClient jdbc, TaskService tasks, RuntimeService runtime, DeskClock clock,
      WorkingCalendar calendar, vn.gov.vhcv.desk.casefile.CaseLabels labels) {
    this.labels = labels;
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.runtime = runtime;
    this.clock = clock;
    this.calendar = calendar;
  }

  /** The page: counts, the {@link #LIST_LIMIT} most overdue and the {@link #LIST_LIMIT} nearest at-risk clocks. */
  public View view(Visibility visible) {
    LocalDate today = clock.today();
    return new View(today, counts(today, visible), withHolders(overdue(today, LIST_LIMIT, visible)),
        withHolders(atRisk(today, LIST_LIMIT, visible)), trend(today, visible), calendar.missingYears(clock.asClock()));
  }

  /** Running clocks by state, holding unit and type of case, in one grouped query. */
  public Counts counts(LocalDate today, Visibility visible) {
    Map<SlaState, Long> byState = zeros();
    Map<String, Map<SlaState, Long>> byUnit = new TreeMap<>();
    Map<String, Map<SlaState, Long>> byType = new TreeMap<>();
    Map<String, String> unitNames = new HashMap<>();
    jdbc.sql("SELECT code, name FROM unit").query((rs, i) -> unitNames.put(rs.getString(1), rs.getString(2))).list();
    // from the clocks alone (each carries its case's unit, category and type: V12), named afterwards
    visible.bind(jdbc.sql("SELECT unit_code, category, report_type, state_today, COUNT(*) AS n FROM ("
            + "SELECT unit_code, category, report_type, " + SlaRule.SQL_AS_OF + " AS state_today"
            + " FROM case_clock k WHERE " + RUNNING + visible.clockCondition("k") + ") x"
            + " GROUP BY unit_code, category, report_type, state_today"))
        .param("today", today)
        .query((rs, i) -> {
          SlaState state = SlaState.valueOf(rs.getString("state_today"));
          long n = rs.getLong("n");
          String unit = unitNames.get(rs.getString("unit_code"));
          byState.merge(state, n, Long::sum);
          byUnit.computeIfAbsent(unit == null ? "(chưa xác định đơn vị)" : unit, k -> zeros()).merge(state, n, Long::sum);
          byType.computeIfAbsent(typeText(rs.getString("category"), rs.getString("report_type")), k -> zeros())
              .merge(state, n, Long::sum);
          return n;
        })
        .list();
    return new Counts(byState, byUnit, byType);
  }

  /** Overdue clocks today, the longest overdue first ({@code limit} 0: all of them). */
  public List<ClockLine> overdue(LocalDate today, int limit, Visibility visible) {
    return lines(today, SlaState.OVERDUE, limit, visible);
  }

  /** At-risk clocks today, the nearest due first ({@code limit} 0: all of them). */
  public List<ClockLine> atRisk(LocalDate today, int limit, Visibility visible) {
    return lines(today, SlaState.AT_RISK, limit, visible);
  }

  private List<ClockLine> lines(LocalDate today, SlaState state, int limit, Visibility visible) {
    // running and not paused, the most urgent first: each state's clocks come in due order from the index
    // (state, due_on, id) and stop after `limit`; only the lines shown are joined to their cases
    String cut = limit > 0 ? " ORDER BY k.due_on, k.id FETCH FIRST " + limit + " ROWS ONLY" : "";
    StringBuilder clocks = new StringBuilder();
    for (String stored : List.of("OVERDUE", "AT_RISK", "ON_TRACK")) {
      clocks.append(clocks.isEmpty() ? "" : " UNION ALL ")
          .append("(SELECT k.id, k.case_id, k.kind, k.started_on, k.due_on FROM case_clock k WHERE k.state = '")
          .append(stored).append("' AND ").append(SlaRule.sqlIs(state, "k"))
          .append(visible.clockCondition("k")).append(cut).append(')');
    }
    String sql = """
        SELECT c.tracking_code, c.report_type, c.category, c.unit_code, u.name AS unit_name,
               k.kind, k.started_on, k.due_on
          FROM (""" + clocks + """
        ) k
          JOIN report_case c ON c.id = k.case_id
          LEFT JOIN unit u ON u.code = c.unit_code
         ORDER BY k.due_on, k.id""" + (limit > 0 ? " FETCH FIRST " + limit + " ROWS ONLY" : "");
    return visible.bind(jdbc.sql(sql)).param("today", today)
        .query((rs, i) -> {
          LocalDate start = rs.getObject("started_on", LocalDate.class);
          LocalDate due = rs.getObject("due_on", LocalDate.class);
          ClockKind kind = ClockKind.valueOf(rs.getString("kind"));
          long over = state == SlaState.OVERDUE ? ChronoUnit.DAYS.between(due, today) : 0;
          long left = state == SlaState.OVERDUE ? 0 : ChronoUnit.DAYS.between(today, due);
          return new ClockLine(rs.getString("tracking_code"), typeText(rs.getString("category"),
              rs.getString("report_type")), rs.getString("unit_code"), rs.getString("unit_name"),
              kind, SlaStates.kindText(kind), start, due, state, SlaStates.text(state), over, left, null);
        })
        .list();
  }

  private static String typeText(String category, String reportType) {
    return category != null ? Category.valueOf(category).label()
        : ReportType.valueOf(reportType).label() + " (chưa phân loại)";
  }

  /**
   * Lines with the holder of the case's open tasks: the assignee, else the candidate groups, by name. Three queries per
   * 200 lines (the open tasks by business key, their process instances' keys, their candidate groups).
   */
  public List<ClockLine> withHolders(List<ClockLine> lines) {
    if (lines.isEmpty()) {
      return lines;
    }
    Map<String, String> holders = new HashMap<>();
    var names = labels.names();
    List<String> codes = lines.stream().map(ClockLine::trackingCode).distinct().toList();
    for (int from = 0; from < codes.size(); from += 200) {
      List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 200));
      List<Task> open = tasks.createTaskQuery().processInstanceBusinessKeyIn(chunk.toArray(String[]::new))
          .orderByTaskCreateTime().asc().list();
      if (open.isEmpty()) {
        continue;
      }
      Map<String, String> keyOfInstance = new HashMap<>();
      runtime.createProcessInstanceQuery()
          .processInstanceIds(open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet())).list()
          .forEach(p -> keyOfInstance.put(p.getId(), p.getBusinessKey()));
      Map<String, List<String>> groups = candidateGroups(open.stream().filter(t -> t.getAssignee() == null)
          .map(Task::getId).toList());
      for (Task t : open) {
        String key = keyOfInstance.getOrDefault(t.getProcessInstanceId(), t.getProcessInstanceId());
        holders.merge(key, holder(t, groups.getOrDefault(t.getId(), List.of()), names), (a, b) -> a + "; " + b);
      }
    }
    List<ClockLine> out = new ArrayList<>();
    for (ClockLine l : lines) {
      out.add(new ClockLine(l.trackingCode(), l.typeText(), l.unitCode(), l.unitName(), l.kind(), l.kindText(),
          l.startedOn(), l.dueOn(), l.state(), l.stateText(), l.daysOver(), l.daysLeft(),
          holders.getOrDefault(l.trackingCode(), "không có việc đang mở")));
    }
    return out;
  }

  /**
   * Candidate groups of the given tasks, read from the engine's identity-link table in one query (the engine's
   * API reads them one task at a time).
   */
  private Map<String, List<String>> candidateGroups(List<String> taskIds) {
    Map<String, List<String>> groups = new HashMap<>();
    if (taskIds.isEmpty()) {
      return groups;
    }
    jdbc.sql("SELECT TASK_ID_, GROUP_ID_ FROM ACT_RU_IDENTITYLINK WHERE TASK_ID_ IN (:ids) AND TYPE_ = :type"
            + " AND GROUP_ID_ IS NOT NULL ORDER BY GROUP_ID_")
        .param("ids", taskIds).param("type", IdentityLinkType.CANDIDATE)
        .query((rs, i) -> groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
        .list();
    return groups;
  }

  /** The holder by name (a person, or the candidate groups of the case's units), and the step. */
  private static String holder(Task t, List<String> groups, vn.gov.vhcv.desk.casefile.CaseLabels.Names names) {
    return names.holder(t.getAssignee(), groups) + " (" + t.getName() + ")";
  }

  /**
   * Cases received, closed, and clocks that ran out, per week (Monday to Sunday), for the last 12 weeks: counted
   * in the database, one sum per week with the week's bounds as parameters (no rows are read into the desk but the
   * clocks met late, which are few).
   */
  public List<Week> trend(LocalDate today, Visibility visible) {
    LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
    List<LocalDate> mondays = new ArrayList<>();
    for (int i = 0; i <= 12; i++) {
      mondays.add(firstMonday.plusWeeks(i));
    }
    List<OffsetDateTime> starts = mondays.stream().map(m -> m.atStartOfDay(clock.zone()).toOffsetDateTime()).toList();
    long[] received = perWeek("report_case", "received_at", starts, visible.caseCondition("k"), visible);
    long[] closed = perWeek("report_case", "closed_at", starts, visible.caseCondition("k"), visible);
    // a clock "went overdue" on the day after its due day, if it was not met by the end of that day: a clock still
    // running counts in the week of the day after its due day (the last week's bound is today: a clock due today
    // has not run out yet) ...
    List<LocalDate> dueBounds = new ArrayList<>(mondays.stream().map(m -> m.minusDays(1)).toList());
    dueBounds.set(12, today);
    long[] overdue = perWeek("case_clock", "due_on", dueBounds, " AND " + RUNNING + " AND k.completed_at IS NULL"
        + visible.clockCondition("k"), visible);
    // ... and so does one met after its due day (only clocks met inside the window can be)
    visible.bind(jdbc.sql("SELECT k.due_on, k.completed_at FROM case_clock k WHERE k.state = 'MET'"
            + " AND k.due_on >= :from AND k.due_on < :today AND k.completed_at >= :since" + visible.clockCondition("k")))
        .param("from", dueBounds.get(0)).param("today", today).param("since", starts.get(0))
        .query((rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class)})
        .list()
        .forEach(r -> {
          LocalDate due = (LocalDate) r[0];
          if (((OffsetDateTime) r[1]).atZoneSameInstant(clock.zone()).toLocalDate().isAfter(due)) {
            LocalDate week = due.plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            overdue[(int) ChronoUnit.WEEKS.between(firstMonday, week)]++;
          }
        });
    List<Week> weeks = new ArrayList<>();
    for (int w = 0; w < 12; w++) {
      weeks.add(new Week(mondays.get(w), received[w], closed[w], overdue[w]));
    }
    return weeks;
  }

  /** Rows of {@code table} whose {@code column} falls in each [bounds[i], bounds[i + 1]), in one pass. */
  private long[] perWeek(String table, String column, List<?> bounds, String more, Visibility visible) {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i + 1 < bounds.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN ").append(column).append(" >= :b").append(i).append(" AND ")
          .append(column).append(" < :b").append(i + 1).append(" THEN 1 ELSE 0 END)");
    }
    sql.append(" FROM ").append(table).append(" k WHERE ").append(column).append(" >= :b0 AND ").append(column)
        .append(" < :b").append(bounds.size() - 1).append(more);
    var statement = visible.bind(jdbc.sql(sql.toString()));
    for (int i = 0; i < bounds.size(); i++) {
      statement = statement.param("b" + i, bounds.get(i));
    }
    return statement.query((rs, i) -> {
      long[] sums = new long[bounds.size() - 1];
      for (int k = 0; k < sums.length; k++) {
        sums[k] = rs.getLong(k + 1);
      }
      return sums;
    }).single();
  }

  private static Map<SlaState, Long> zeros() {
    Map<SlaState, Long> m = new EnumMap<>(SlaState.class);
    STATES.forEach(s -> m.put(s, 0L));
    return m;
  }
}
