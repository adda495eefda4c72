package vn.gov.vhcv.desk.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.deadline.ClockKind;
import vn.gov.vhcv.desk.deadline.SlaState;
import vn.gov.vhcv.desk.deadline.WorkingCalendar;
import vn.gov.vhcv.desk.staff.SlaStates;

/**
 * What the SLA monitor sees: every clock of every case with its state as of today (computed on read
 * from {@code case_clock} joined with {@code report_case}), counts by state, unit and type, the overdue
 * and at-risk lists with who holds the case, and a 12-week trend.
 */
@Service
public class SlaDashboard {

  public record ClockLine(String trackingCode, String typeText, String unitCode, String unitName, ClockKind kind,
      String kindText, LocalDate startedOn, LocalDate dueOn, SlaState state, String stateText, long daysOver,
      long daysLeft, String holder) {}

  public record Counts(Map<SlaState, Long> byState, Map<String, Map<SlaState, Long>> byUnit,
      Map<String, Map<SlaState, Long>> byType) {}

  public record Week(LocalDate monday, long received, long closed, long overdue) {}

  public record View(LocalDate today, Counts counts, List<ClockLine> overdue, List<ClockLine> atRisk,
      List<Week> trend, Set<Integer> missingYears) {}

  public static final List<SlaState> STATES = List.of(SlaState.OVERDUE, SlaState.AT_RISK, SlaState.ON_TRACK,
      SlaState.PAUSED, SlaState.MET);

  private final JdbcClient jdbc;
  private final TaskService tasks;
  private final DeskClock clock;
  private final WorkingCalendar calendar;

  public SlaDashboard(JdbcClient jdbc, TaskService tasks, DeskClock clock, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.clock = clock;
    this.calendar = calendar;
  }

  public View view() {
    LocalDate today = clock.today();
    List<ClockLine> lines = lines(today);
    Map<SlaState, Long> byState = zeros();
    Map<String, Map<SlaState, Long>> byUnit = new TreeMap<>();
    Map<String, Map<SlaState, Long>> byType = new TreeMap<>();
    for (ClockLine l : lines) {
      byState.merge(l.state(), 1L, Long::sum);
      byUnit.computeIfAbsent(l.unitName() == null ? "(chưa xác định đơn vị)" : l.unitName(), k -> zeros())
          .merge(l.state(), 1L, Long::sum);
      byType.computeIfAbsent(l.typeText(), k -> zeros()).merge(l.state(), 1L, Long::sum);
    }
    List<ClockLine> overdue = withHolders(lines.stream().filter(l -> l.state() == SlaState.OVERDUE)
        .sorted((a, b) -> Long.compare(b.daysOver(), a.daysOver())).toList());
    List<ClockLine> atRisk = withHolders(lines.stream().filter(l -> l.state() == SlaState.AT_RISK)
        .sorted((a, b) -> a.dueOn().compareTo(b.dueOn())).toList());
    return new View(today, new Counts(byState, byUnit, byType), overdue, atRisk, trend(today),
        calendar.missingYears(clock.asClock()));
  }

  /** Every clock, as of today. */
  public List<ClockLine> lines(LocalDate today) {
    return jdbc.sql("""
            SELECT c.tracking_code, c.report_type, c.category, c.unit_code, u.name AS unit_name,
                   k.kind, k.started_on, k.due_on, k.state
              FROM case_clock k
              JOIN report_case c ON c.id = k.case_id
              LEFT JOIN unit u ON u.code = c.unit_code
             ORDER BY k.due_on, c.tracking_code""")
        .query((rs, i) -> {
          LocalDate start = rs.getObject("started_on", LocalDate.class);
          LocalDate due = rs.getObject("due_on", LocalDate.class);
          SlaState state = SlaStates.onRead(SlaState.valueOf(rs.getString("state")), start, due, today);
          ClockKind kind = ClockKind.valueOf(rs.getString("kind"));
          String category = rs.getString("category");
          String type = category != null ? Category.valueOf(category).label()
              : ReportType.valueOf(rs.getString("report_type")).label() + " (chưa phân loại)";
          long over = state == SlaState.OVERDUE ? ChronoUnit.DAYS.between(due, today) : 0;
          long left = state == SlaState.OVERDUE || state == SlaState.MET ? 0 : ChronoUnit.DAYS.between(today, due);
          return new ClockLine(rs.getString("tracking_code"), type, rs.getString("unit_code"), rs.getString("unit_name"),
              kind, SlaStates.kindText(kind), start, due, state, SlaStates.text(state), over, left, null);
        })
        .list();
  }

  /** Lines with the holder of the case's open task: its assignee, else its candidate groups. */
  public List<ClockLine> withHolders(List<ClockLine> lines) {
    if (lines.isEmpty()) {
      return lines;
    }
    Map<String, String> holders = new HashMap<>();
    List<String> codes = lines.stream().map(ClockLine::trackingCode).distinct().toList();
    for (int from = 0; from < codes.size(); from += 500) {
      List<String> chunk = codes.subList(from, Math.min(codes.size(), from + 500));
      for (Task t : tasks.createTaskQuery().processInstanceBusinessKeyIn(chunk.toArray(String[]::new)).list()) {
        String key = runtimeBusinessKey(t);
        holders.merge(key, holder(t), (a, b) -> a + "; " + b);
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

  private String runtimeBusinessKey(Task t) {
    return jdbc.sql("SELECT tracking_code FROM report_case WHERE process_instance_id = :pi")
        .param("pi", t.getProcessInstanceId()).query(String.class).optional()
        .orElseGet(() -> t.getProcessInstanceId());
  }

  private String holder(Task t) {
    if (t.getAssignee() != null) {
      return t.getAssignee() + " (" + t.getName() + ")";
    }
    List<String> groups = tasks.getIdentityLinksForTask(t.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList();
    return (groups.isEmpty() ? "chưa giao" : "nhóm " + String.join(", ", groups)) + " (" + t.getName() + ")";
  }

  /** Cases received, closed, and clocks that ran out, per week (Monday to Sunday), for the last 12 weeks. */
  public List<Week> trend(LocalDate today) {
    LocalDate firstMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(11);
    Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      weeks.put(firstMonday.plusWeeks(i), new long[3]);
    }
    OffsetDateTime since = firstMonday.atStartOfDay(clock.zone()).toOffsetDateTime();
    jdbc.sql("SELECT received_at FROM report_case WHERE received_at >= :since").param("since", since)
        .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).list()
        .forEach(t -> bump(weeks, t.atZoneSameInstant(clock.zone()).toLocalDate(), 0));
    jdbc.sql("SELECT closed_at FROM report_case WHERE closed_at >= :since").param("since", since)
        .query((rs, i) -> rs.getObject(1, OffsetDateTime.class)).list()
        .forEach(t -> bump(weeks, t.atZoneSameInstant(clock.zone()).toLocalDate(), 1));
    // a clock "went overdue" on the day after its due day, if it was not met by the end of that day
    jdbc.sql("SELECT due_on, completed_at FROM case_clock WHERE due_on >= :from AND due_on < :today")
        .param("from", firstMonday.minusDays(1)).param("today", today)
        .query((rs, i) -> new Object[] {rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class)})
        .list()
        .forEach(r -> {
          LocalDate due = (LocalDate) r[0];
          OffsetDateTime done = (OffsetDateTime) r[1];
          if (done == null || done.atZoneSameInstant(clock.zone()).toLocalDate().isAfter(due)) {
            bump(weeks, due.plusDays(1), 2);
          }
        });
    return weeks.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
        .toList();
  }

  private static void bump(Map<LocalDate, long[]> weeks, LocalDate day, int index) {
    long[] w = weeks.get(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    if (w != null) {
      w[index]++;
    }
  }

  private static Map<SlaState, Long> zeros() {
    Map<SlaState, Long> m = new EnumMap<>(SlaState.class);
    STATES.forEach(s -> m.put(s, 0L));
    return m;
  }
}
