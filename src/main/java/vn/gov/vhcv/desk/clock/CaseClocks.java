package vn.gov.vhcv.desk.clock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.FourEyes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.calendar.DayKind;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;

/**
 * Starts, reads, pauses, resumes, extends and stops the statutory clocks of cases ({@code case_clock},
 * {@code clock_pause}, {@code clock_extension}). The due date is always recomputed from the start, the
 * period, the approved extensions and the closed pauses, so it can be checked by hand. Every start, change and stop
 * of a watched clock is published as a {@link ClockEvent}; its listener ({@link ClockWatchSignals}) tells the clock's
 * "Theo dõi thời hạn" process, which re-arms its timers.
 */
@Repository
public class CaseClocks {


  private static final RowMapper<CaseClock> MAPPER = (rs, i) -> new CaseClock(
      rs.getLong("id"),
      rs.getLong("case_id"),
      ClockKind.valueOf(rs.getString("kind")),
      rs.getObject("started_on", LocalDate.class),
      rs.getObject("due_on", LocalDate.class),
      rs.getInt("period_days"),
      DayKind.valueOf(rs.getString("day_kind")),
      SlaState.valueOf(rs.getString("state")),
      rs.getString("legal_basis"),
      rs.getObject("completed_at", OffsetDateTime.class),
      rs.getObject("at_risk_on", LocalDate.class),
      rs.getObject("paused_since", OffsetDateTime.class),
      Complexity.valueOf(rs.getString("complexity")),
      rs.getInt("warn_percent"),
      rs.getInt("risk_percent"),
      rs.getInt("notified_level"),
      rs.getObject("notified_due", LocalDate.class));

  public record Pause(long id, OffsetDateTime pausedAt, OffsetDateTime resumedAt, String reason, String pausedBy,
      String resumedBy) {}

  public record Extension(long id, int days, String reason, Complexity complexity, String status, String requestedBy,
      OffsetDateTime requestedAt, String decisionNo, String decidedBy, OffsetDateTime decidedAt, String legalBasis) {}

  private final JdbcClient jdbc;
  private final WorkingCalendar calendar;
  private final DeskClock clock;
  private final ApplicationEventPublisher events;
  private final FourEyes fourEyes;

  private final ObjectProvider<CaseRepository> cases;

  public CaseClocks(JdbcClient jdbc, WorkingCalendar calendar, DeskClock clock, ApplicationEventPublisher events,
      FourEyes fourEyes, ObjectProvider<CaseRepository> cases) {
    this.fourEyes = fourEyes;
    this.cases = cases;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.clock = clock;
    this.events = events;
  }

  /** The due date of a period that starts after {@code startedOn}. */
  public LocalDate dueDate(LocalDate startedOn, ClockPolicy policy) {
    return dueDate(startedOn, policy.dayKind(), policy.days());
  }

  /**
   * Civil Code 2015 Art. 147: the period starts the day after the event; a working-day period ends on its
   * last working day; a calendar-day period ending on a rest day or holiday ends on the next working day (Art. 148).
   */
  public LocalDate dueDate(LocalDate startedOn, DayKind dayKind, int days) {
    return dayKind == DayKind.WORKING
        ? calendar.addWorkingDays(startedOn, days)
        : calendar.addCalendarDays(startedOn, days);
  }

  /**
   * Starts the clock, or restarts a clock of the same kind that has not run out yet with a new
   * policy (a reclassified letter); a clock that is already met is left as it is.
   */
  public CaseClock start(long caseId, LocalDate startedOn, ClockPolicy policy) {
    return start(caseId, startedOn, policy, false);
  }

  /** As {@link #start(long, LocalDate, ClockPolicy)}; {@code reopenMet} starts a met clock of the kind afresh. */
  public CaseClock start(long caseId, LocalDate startedOn, ClockPolicy policy, boolean reopenMet) {
    return start(caseId, startedOn, policy, reopenMet, true);
  }

  /**
   * Starts a new case's clock without its watch process: the intake request stays short, and the case's
   * asynchronous registration starts the watch ({@link WatchAcknowledgementClock}) moments later.
   */
  public CaseClock startUnwatched(long caseId, LocalDate startedOn, ClockPolicy policy) {
    return start(caseId, startedOn, policy, false, false);
  }

  private CaseClock start(long caseId, LocalDate startedOn, ClockPolicy policy, boolean reopenMet, boolean watch) {
    Optional<CaseClock> existing = find(caseId, policy.kind());
    if (existing.isPresent() && !existing.get().open() && !reopenMet) {
      return existing.get();
    }
    LocalDate due = dueDate(startedOn, policy);
    LocalDate atRisk = SlaRule.atRiskOn(startedOn, due, policy.riskPercent());
    if (existing.isPresent()) {
      CaseClock before = existing.get();
      jdbc.sql("""
              UPDATE case_clock SET started_on = :start, period_days = :days, day_kind = :dayKind, legal_basis = :basis,
                     warn_percent = :warn, risk_percent = :risk, completed_at = NULL,
                     state = CASE WHEN paused_since IS NULL THEN 'ON_TRACK' ELSE 'PAUSED' END
               WHERE id = :id""")
          .param("start", startedOn).param("days", policy.days()).param("dayKind", policy.dayKind().name())
          .param("basis", policy.legalBasis()).param("warn", policy.warnPercent()).param("risk", policy.riskPercent())
          .param("id", before.id()).update();
      CaseClock after = recompute(before.id());
      if (policy.kind().watched() && watch) {
        if (before.open()) {
          events.publishEvent(new ClockEvent.Changed(before, after));
        } else {
          events.publishEvent(new ClockEvent.Started(after));
        }
      }
      return after;
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO case_clock (case_id, kind, started_on, due_on, period_days, day_kind, state, legal_basis,
                                    at_risk_on, warn_percent, risk_percent, updated_at, unit_code, category, report_type)
            SELECT :caseId, :kind, :start, :due, :days, :dayKind, :state, :basis, :atRisk, :warn, :risk, :now,
                   c.unit_code, c.category, c.report_type
              FROM report_case c WHERE c.id = :caseId""")
        .param("caseId", caseId).param("kind", policy.kind().name()).param("start", startedOn)
        .param("due", due).param("days", policy.days()).param("dayKind", policy.dayKind().name())
        .param("state", SlaRule.of(new SlaRule.Facts(SlaState.ON_TRACK, null, due, atRisk), clock.today()).name())
        .param("basis", policy.legalBasis()).param("atRisk", atRisk).param("warn", policy.warnPercent())
        .param("risk", policy.riskPercent()).param("now", clock.nowOffset())
        .update(keys, "id");
    CaseClock started = findById(keys.getKey().longValue()).orElseThrow();
    if (policy.kind().watched() && watch) {
      events.publishEvent(new ClockEvent.Started(started));
    }
    return started;
  }

  /** Stops the clock: the step it measures is done. Idempotent. */
  public void complete(long caseId, ClockKind kind) {
    Optional<CaseClock> open = find(caseId, kind).filter(CaseClock::open);
    if (open.isEmpty()) {
      return;
    }
    OffsetDateTime now = clock.nowOffset();
    jdbc.sql("UPDATE clock_pause SET resumed_at = :at, resumed_by = 'system' WHERE clock_id = :id AND resumed_at IS NULL")
        .param("at", now).param("id", open.get().id()).update();
    int updated = jdbc.sql("""
            UPDATE case_clock SET state = 'MET', completed_at = :at, paused_since = NULL, updated_at = :at
             WHERE id = :id AND state <> 'MET'""")
        .param("at", now).param("id", open.get().id()).update();
    if (updated > 0 && kind.watched()) {
      events.publishEvent(new ClockEvent.Stopped(open.get()));
    }
  }

  /** Stops the clock while the desk waits (on the complainant, a discipline postponement). */
  public CaseClock pause(long caseId, ClockKind kind, String reason, String actor) {
    CaseClock c = find(caseId, kind).orElseThrow(() -> new IllegalArgumentException("Hồ sơ chưa có " + kind.label().toLowerCase()));
    if (!c.open()) {
      throw new IllegalArgumentException(kind.label() + " đã kết thúc, không tạm dừng được");
    }
    if (c.paused()) {
      throw new IllegalArgumentException(kind.label() + " đang tạm dừng");
    }
    requireText(reason, 10, "Nêu lý do tạm dừng (ít nhất 10 ký tự)");
    OffsetDateTime now = clock.nowOffset();
    jdbc.sql("INSERT INTO clock_pause (clock_id, paused_at, reason, paused_by) VALUES (:id, :at, :reason, :by)")
        .param("id", c.id()).param("at", now).param("reason", reason.strip()).param("by", actor).update();
    jdbc.sql("UPDATE case_clock SET paused_since = :at, state = 'PAUSED', updated_at = :at WHERE id = :id")
        .param("at", now).param("id", c.id()).update();
    CaseClock after = findById(c.id()).orElseThrow();
    if (kind.watched()) {
      events.publishEvent(new ClockEvent.Changed(c, after));
    }
    return after;
  }

  /** Lets the clock run again; the due date moves by the days it stood still. */
  public CaseClock resume(long caseId, ClockKind kind, String actor) {
    CaseClock c = find(caseId, kind).orElseThrow(() -> new IllegalArgumentException("Hồ sơ chưa có " + kind.label().toLowerCase()));
    if (!c.paused()) {
      throw new IllegalArgumentException(kind.label() + " không ở trạng thái tạm dừng");
    }
    OffsetDateTime now = clock.nowOffset();
    jdbc.sql("UPDATE clock_pause SET resumed_at = :at, resumed_by = :by WHERE clock_id = :id AND resumed_at IS NULL")
        .param("at", now).param("by", actor).param("id", c.id()).update();
    jdbc.sql("UPDATE case_clock SET paused_since = NULL WHERE id = :id").param("id", c.id()).update();
    CaseClock after = recompute(c.id());
    if (kind.watched()) {
      events.publishEvent(new ClockEvent.Changed(c, after));
    }
    return after;
  }

  /**
   * Records a request to extend the clock, already checked against its policy by {@link ClockExtensions}; the due
   * date does not move until a leader approves it.
   */
  Extension requestExtension(CaseClock c, int days, String reason, Complexity complexity, ClockPolicy policy,
      String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO clock_extension (clock_id, days, reason, complexity, status, requested_by, requested_at, legal_basis)
            VALUES (:id, :days, :reason, :complexity, 'REQUESTED', :by, :at, :basis)""")
        .param("id", c.id()).param("days", days).param("reason", reason.strip()).param("complexity", complexity.name())
        .param("by", actor).param("at", clock.nowOffset()).param("basis", policy.legalBasis())
        .update(keys, "id");
    return extension(keys.getKey().longValue()).orElseThrow();
  }

  /**
   * A leader's written decision approves the extension: only now does the due date move. Four eyes
   * ({@link FourEyes}: the requester's own approval is refused with a {@link vn.gov.vhcv.desk.casefile.Refusal}, and
   * the attempt is kept in the audit log).
   */
  public CaseClock approveExtension(long caseId, ClockKind kind, long extensionId, String decisionNo, String actor) {
    return approve(caseId, kind, extensionId, decisionNo, true, actor);
  }

  /**
   * A leader approves the extension by completing the process's approval step ("Phê duyệt gia hạn giải quyết"):
   * the completed task is the record, a decision number is not asked for. Four eyes.
   */
  public CaseClock approveExtensionOnTask(long caseId, ClockKind kind, long extensionId, String actor) {
    return approve(caseId, kind, extensionId, null, false, actor);
  }

  private CaseClock approve(long caseId, ClockKind kind, long extensionId, String decisionNo, boolean decisionRequired,
      String actor) {
    CaseClock c = find(caseId, kind).orElseThrow(() -> new IllegalArgumentException("Hồ sơ chưa có " + kind.label().toLowerCase()));
    Extension e = extension(extensionId).filter(x -> belongsTo(x, c))
        .orElseThrow(() -> new IllegalArgumentException("Không có đề nghị gia hạn " + extensionId + " của thời hạn này"));
    if (!"REQUESTED".equals(e.status())) {
      throw new IllegalArgumentException("Đề nghị gia hạn đã được quyết định (" + e.status() + ")");
    }
    fourEyes.require(caseId, actor, e.requestedBy(), "approver requested the extension",
        "Người đề nghị gia hạn không tự phê duyệt đề nghị của mình");
    if (decisionRequired) {
      requireText(decisionNo, 3, "Ghi số quyết định gia hạn");
    }
    if (!c.open()) {
      throw new IllegalArgumentException(kind.label() + " đã kết thúc, không gia hạn được");
    }
    OffsetDateTime now = clock.nowOffset();
    jdbc.sql("""
            UPDATE clock_extension SET status = 'APPROVED', decision_no = :no, decided_by = :by, decided_at = :at
             WHERE id = :id AND status = 'REQUESTED'""")
        .param("no", decisionNo == null ? null : decisionNo.strip()).param("by", actor).param("at", now).param("id", extensionId).update();
    jdbc.sql("UPDATE case_clock SET complexity = :complexity WHERE id = :id")
        .param("complexity", e.complexity().name()).param("id", c.id()).update();
    CaseClock after = recompute(c.id());
    if (kind.watched()) {
      events.publishEvent(new ClockEvent.Changed(c, after));
    }
    return after;
  }

  /** A leader refuses the extension; the due date stays. */
  public void rejectExtension(long caseId, ClockKind kind, long extensionId, String actor) {
    CaseClock c = find(caseId, kind).orElseThrow(() -> new IllegalArgumentException("Hồ sơ chưa có " + kind.label().toLowerCase()));
    Extension e = extension(extensionId).filter(x -> belongsTo(x, c))
        .orElseThrow(() -> new IllegalArgumentException("Không có đề nghị gia hạn " + extensionId + " của thời hạn này"));
    if (!"REQUESTED".equals(e.status())) {
      throw new IllegalArgumentException("Đề nghị gia hạn đã được quyết định (" + e.status() + ")");
    }
    jdbc.sql("UPDATE clock_extension SET status = 'REJECTED', decided_by = :by, decided_at = :at WHERE id = :id")
        .param("by", actor).param("at", clock.nowOffset()).param("id", extensionId).update();
  }

  /** Records that the warning {@code level} (50, 75, 100) for the current due date went out. */
  public void markNotified(long clockId, int level, LocalDate dueOn) {
    jdbc.sql("UPDATE case_clock SET notified_level = :level, notified_due = :due, updated_at = :now, state = "
            + SlaRule.SQL_AS_OF + " WHERE id = :id")
        .param("level", level).param("due", dueOn).param("now", clock.nowOffset()).param("today", clock.today())
        .param("id", clockId).update();
  }

  /**
   * The SLA monitor's recompute: every open clock's state from today, in one set-based UPDATE that only
   * touches rows whose state changes (comparisons on stored dates, no per-row date arithmetic).
   *
   * @return the number of clocks whose state changed
   */
  public int recomputeStates(LocalDate today) {
    // clocks written before V4 have no AT_RISK day yet
    jdbc.sql("SELECT id, started_on, due_on, risk_percent FROM case_clock WHERE at_risk_on IS NULL")
        .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getInt(4)})
        .list().forEach(r -> jdbc.sql("UPDATE case_clock SET at_risk_on = :d WHERE id = :id")
            .param("d", SlaRule.atRiskOn((LocalDate) r[1], (LocalDate) r[2], (Integer) r[3])).param("id", r[0]).update());
    return jdbc.sql("UPDATE case_clock SET state = " + SlaRule.SQL_AS_OF + " WHERE state <> 'MET' AND state <> "
            + SlaRule.SQL_AS_OF)
        .param("today", today).update();
  }

  public Optional<CaseClock> find(long caseId, ClockKind kind) {
    return jdbc.sql("SELECT * FROM case_clock WHERE case_id = :caseId AND kind = :kind")
        .param("caseId", caseId).param("kind", kind.name()).query(MAPPER).optional();
  }

  public Optional<CaseClock> findById(long clockId) {
    return jdbc.sql("SELECT * FROM case_clock WHERE id = :id").param("id", clockId).query(MAPPER).optional();
  }

  /**
   * The clock a watch process ("Theo dõi thời hạn") follows: the clock it was started for, and only if that clock
   * belongs to the case of the watch's business key — a variable alone never points a step at another case.
   */
  public Optional<CaseClock> watchedBy(DelegateExecution watch) {
    long caseId = cases.getObject().caseIdOf(watch);
    Object id = watch.getVariable(ClockWatchSignals.CLOCK_ID);
    return id instanceof Number n ? findById(n.longValue()).filter(c -> c.caseId() == caseId) : Optional.empty();
  }

  public List<CaseClock> ofCase(long caseId) {
    return jdbc.sql("SELECT * FROM case_clock WHERE case_id = :caseId ORDER BY started_on, kind")
        .param("caseId", caseId).query(MAPPER).list();
  }

  public List<Pause> pauses(long clockId) {
    return jdbc.sql("SELECT * FROM clock_pause WHERE clock_id = :id ORDER BY paused_at, id").param("id", clockId)
        .query((rs, i) -> new Pause(rs.getLong("id"), rs.getObject("paused_at", OffsetDateTime.class),
            rs.getObject("resumed_at", OffsetDateTime.class), rs.getString("reason"), rs.getString("paused_by"),
            rs.getString("resumed_by")))
        .list();
  }

  public List<Extension> extensions(long clockId) {
    return jdbc.sql("SELECT * FROM clock_extension WHERE clock_id = :id ORDER BY requested_at, id").param("id", clockId)
        .query(CaseClocks::extensionRow).list();
  }

  private Optional<Extension> extension(long id) {
    return jdbc.sql("SELECT * FROM clock_extension WHERE id = :id").param("id", id).query(CaseClocks::extensionRow).optional();
  }

  private boolean belongsTo(Extension e, CaseClock c) {
    return jdbc.sql("SELECT COUNT(*) FROM clock_extension WHERE id = :e AND clock_id = :c").param("e", e.id())
        .param("c", c.id()).query(Long.class).single() > 0;
  }

  private static Extension extensionRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Extension(rs.getLong("id"), rs.getInt("days"), rs.getString("reason"),
        Complexity.valueOf(rs.getString("complexity")), rs.getString("status"), rs.getString("requested_by"),
        rs.getObject("requested_at", OffsetDateTime.class), rs.getString("decision_no"), rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("legal_basis"));
  }

  /**
   * The due date from scratch: start + period + approved extensions + the days the clock stood still
   * (calendar days for a calendar clock, working days for a working-day clock; the day of the pause
   * counts as used, counting resumes the day after the resumption, as Art. 147 counts a period).
   */
  private CaseClock recompute(long clockId) {
    CaseClock c = findById(clockId).orElseThrow();
    int stoodStill = 0;
    for (Pause p : pauses(clockId)) {
      if (p.resumedAt() == null) {
        continue;
      }
      LocalDate from = p.pausedAt().atZoneSameInstant(clock.zone()).toLocalDate();
      LocalDate to = p.resumedAt().atZoneSameInstant(clock.zone()).toLocalDate();
      stoodStill += c.dayKind() == DayKind.WORKING ? calendar.workingDaysBetween(from, to) : (int) ChronoUnit.DAYS.between(from, to);
    }
    LocalDate due = dueDate(c.startedOn(), c.dayKind(), c.periodDays() + stoodStill);
    // each approved extension runs on from the day the period it extends ended (a calendar period ending on a rest
    // day ended on the next working day, Art. 148)
    for (Extension e : extensions(clockId)) {
      if ("APPROVED".equals(e.status())) {
        due = dueDate(due, c.dayKind(), e.days());
      }
    }
    LocalDate atRisk = SlaRule.atRiskOn(c.startedOn(), due, c.riskPercent());
    SlaState state = SlaRule.of(new SlaRule.Facts(c.state(), c.pausedSince(), due, atRisk), clock.today());
    jdbc.sql("UPDATE case_clock SET due_on = :due, at_risk_on = :atRisk, state = :state, updated_at = :now WHERE id = :id")
        .param("due", due).param("atRisk", atRisk).param("state", state.name())
        .param("now", clock.nowOffset()).param("id", clockId).update();
    return findById(clockId).orElseThrow();
  }

  static void requireText(String s, int min, String message) {
    if (s == null || s.strip().length() < min) {
      throw new IllegalArgumentException(message);
    }
  }

  static boolean sameDay(LocalDate a, LocalDate b) {
    return Objects.equals(a, b);
  }
}
