package vn.gov.vhcv.desk.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/** Starts, reads and stops the statutory clocks of cases ({@code case_clock}). */
@Repository
public class CaseClocks {

  private static final RowMapper<CaseClock> MAPPER = (rs, i) -> new CaseClock(
      rs.getLong("case_id"),
      ClockKind.valueOf(rs.getString("kind")),
      rs.getObject("started_on", LocalDate.class),
      rs.getObject("due_on", LocalDate.class),
      rs.getInt("period_days"),
      DayKind.valueOf(rs.getString("day_kind")),
      SlaState.valueOf(rs.getString("state")),
      rs.getString("legal_basis"),
      rs.getObject("completed_at", OffsetDateTime.class));

  private final JdbcClient jdbc;
  private final WorkingCalendar calendar;
  private final DeskClock clock;

  public CaseClocks(JdbcClient jdbc, WorkingCalendar calendar, DeskClock clock) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The due date of a period that starts after {@code startedOn}. */
  public LocalDate dueDate(LocalDate startedOn, ClockPolicy policy) {
    return policy.dayKind() == DayKind.WORKING
        ? calendar.addWorkingDays(startedOn, policy.days())
        : calendar.addCalendarDays(startedOn, policy.days());
  }

  /**
   * Starts the clock, or restarts a clock of the same kind that has not run out yet with a new
   * policy (a reclassified letter); a clock that is already met is left as it is.
   */
  public CaseClock start(long caseId, LocalDate startedOn, ClockPolicy policy) {
    LocalDate due = dueDate(startedOn, policy);
    SlaState state = stateOf(startedOn, due, clock.today());
    int updated = jdbc.sql("""
            UPDATE case_clock SET started_on = :start, due_on = :due, period_days = :days, day_kind = :dayKind,
                   state = :state, legal_basis = :basis
             WHERE case_id = :caseId AND kind = :kind AND state <> 'MET'""")
        .param("start", startedOn).param("due", due).param("days", policy.days())
        .param("dayKind", policy.dayKind().name()).param("state", state.name())
        .param("basis", policy.legalBasis()).param("caseId", caseId).param("kind", policy.kind().name())
        .update();
    if (updated == 0 && find(caseId, policy.kind()).isEmpty()) {
      jdbc.sql("""
              INSERT INTO case_clock (case_id, kind, started_on, due_on, period_days, day_kind, state, legal_basis)
              VALUES (:caseId, :kind, :start, :due, :days, :dayKind, :state, :basis)""")
          .param("caseId", caseId).param("kind", policy.kind().name()).param("start", startedOn)
          .param("due", due).param("days", policy.days()).param("dayKind", policy.dayKind().name())
          .param("state", state.name()).param("basis", policy.legalBasis())
          .update();
    }
    return find(caseId, policy.kind()).orElseThrow();
  }

  /** Stops the clock: the step it measures is done. Idempotent. */
  public void complete(long caseId, ClockKind kind) {
    jdbc.sql("UPDATE case_clock SET state = 'MET', completed_at = :at WHERE case_id = :caseId AND kind = :kind AND state <> 'MET'")
        .param("at", clock.nowOffset()).param("caseId", caseId).param("kind", kind.name())
        .update();
  }

  public Optional<CaseClock> find(long caseId, ClockKind kind) {
    return jdbc.sql("SELECT * FROM case_clock WHERE case_id = :caseId AND kind = :kind")
        .param("caseId", caseId).param("kind", kind.name()).query(MAPPER).optional();
  }

  public List<CaseClock> ofCase(long caseId) {
    return jdbc.sql("SELECT * FROM case_clock WHERE case_id = :caseId ORDER BY started_on, kind")
        .param("caseId", caseId).query(MAPPER).list();
  }

  /** ON_TRACK, AT_RISK once 75 % of the period is used, OVERDUE after the due day. */
  public static SlaState stateOf(LocalDate start, LocalDate due, LocalDate today) {
    if (today.isAfter(due)) {
      return SlaState.OVERDUE;
    }
    long total = Math.max(1, due.toEpochDay() - start.toEpochDay());
    long used = today.toEpochDay() - start.toEpochDay();
    return used * 4 >= total * 3 ? SlaState.AT_RISK : SlaState.ON_TRACK;
  }
}
