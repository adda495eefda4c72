package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/** Reads and writes cases ({@code report_case}) and their confidential complainants. */
@Repository
public class CaseRepository {

  private static final RowMapper<CaseRecord> MAPPER = (rs, i) -> new CaseRecord(
      rs.getLong("id"),
      rs.getString("tracking_code"),
      new Reported(
          ReportType.valueOf(rs.getString("report_type")),
          Channel.valueOf(rs.getString("channel")),
          rs.getString("description"),
          rs.getObject("occurred_on", LocalDate.class),
          rs.getString("official_badge_code"),
          rs.getString("official_name_given"),
          rs.getString("official_unit_given"),
          rs.getString("unit_code"),
          rs.getBoolean("anonymous"),
          rs.getObject("received_at", OffsetDateTime.class)),
      rs.getString("category") == null ? null : Category.valueOf(rs.getString("category")),
      rs.getString("conduct_code"),
      CaseStatus.valueOf(rs.getString("status")),
      rs.getString("process_instance_id"),
      rs.getString("outcome"),
      rs.getString("outcome_text"),
      rs.getObject("closed_at", OffsetDateTime.class));

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public CaseRepository(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long insert(NewCase c) {
    Reported r = c.reported();
    var keys = new GeneratedKeyHolder();
    OffsetDateTime now = clock.nowOffset();
    jdbc.sql("""
            INSERT INTO report_case (tracking_code, access_code_hash, report_type, status, channel, description,
                occurred_on, official_badge_code, official_name_given, official_unit_given, unit_code, anonymous,
                received_at, idempotency_key_hash, request_hash, created_by, created_at, updated_at)
            VALUES (:trackingCode, :accessCodeHash, :reportType, 'RECEIVED', :channel, :description,
                :occurredOn, :badge, :nameGiven, :unitGiven, :unitCode, :anonymous,
                :receivedAt, :idemHash, :requestHash, :createdBy, :now, :now)""")
        .param("trackingCode", c.trackingCode())
        .param("accessCodeHash", c.accessCodeHash())
        .param("reportType", r.reportType().name())
        .param("channel", r.channel().name())
        .param("description", r.description())
        .param("occurredOn", r.occurredOn())
        .param("badge", r.officialBadgeCode())
        .param("nameGiven", r.officialNameGiven())
        .param("unitGiven", r.officialUnitGiven())
        .param("unitCode", r.unitCode())
        .param("anonymous", r.anonymous())
        .param("receivedAt", r.receivedAt())
        .param("idemHash", c.idempotencyKeyHash())
        .param("requestHash", c.requestHash())
        .param("createdBy", c.createdBy())
        .param("now", now)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void insertComplainant(long caseId, Complainant p) {
    jdbc.sql("INSERT INTO complainant (case_id, full_name, phone, email, address) VALUES (:id, :name, :phone, :email, :address)")
        .param("id", caseId).param("name", p.fullName()).param("phone", p.phone())
        .param("email", p.email()).param("address", p.address())
        .update();
  }

  public Optional<Complainant> complainantOf(long caseId) {
    return jdbc.sql("SELECT full_name, phone, email, address FROM complainant WHERE case_id = :id")
        .param("id", caseId)
        .query((rs, i) -> new Complainant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .optional();
  }

  /** Tracking code → case id; the pair never changes once a case exists, so a bounded cache is always right. */
  private final ConcurrentHashMap<String, Long> idsByCode = new ConcurrentHashMap<>();

  /**
   * The case a process step works on: found from its process instance's business key (the tracking code, passed
   * to every called process) in the desk's own table. Never from a process variable — anyone holding a task can
   * set those through the engine REST API.
   */
  public long caseIdOf(VariableScope scope) {
    String code = businessKeyOf(scope);
    if (code == null) {
      throw new ProcessEngineException("Bước này không thuộc hồ sơ nào (tiến trình không có mã hồ sơ)");
    }
    return findCaseIdOf(scope).orElseThrow(() -> new ProcessEngineException("Không có hồ sơ mang mã " + code));
  }

  /** The case a process step works on, as stored now (found as {@link #caseIdOf} finds it). */
  public CaseRecord caseOf(VariableScope scope) {
    return findById(caseIdOf(scope)).orElseThrow();
  }

  /** As {@link #caseIdOf}, empty for a step outside any case (no business key, or one that names no case). */
  public Optional<Long> findCaseIdOf(VariableScope scope) {
    String code = businessKeyOf(scope);
    if (code == null) {
      return Optional.empty();
    }
    Long id = idsByCode.get(code);
    if (id == null) {
      Optional<Long> found = jdbc.sql("SELECT id FROM report_case WHERE tracking_code = :code").param("code", code)
          .query(Long.class).optional();
      if (found.isEmpty()) {
        return found;
      }
      if (idsByCode.size() > 50_000) {
        idsByCode.clear();
      }
      id = found.get();
      idsByCode.put(code, id);
    }
    return Optional.of(id);
  }

  private static String businessKeyOf(VariableScope scope) {
    if (scope instanceof DelegateExecution e) {
      return e.getProcessBusinessKey();
    }
    if (scope instanceof DelegateTask t && t.getExecution() != null) {
      return t.getExecution().getProcessBusinessKey();
    }
    return null;
  }

  public Optional<CaseRecord> findById(long id) {
    return jdbc.sql("SELECT * FROM report_case WHERE id = :id").param("id", id).query(MAPPER).optional();
  }

  public Optional<CaseRecord> findByTrackingCode(String trackingCode) {
    return jdbc.sql("SELECT * FROM report_case WHERE tracking_code = :code").param("code", trackingCode)
        .query(MAPPER).optional();
  }

  public CaseRecord getByTrackingCode(String trackingCode) {
    return findByTrackingCode(trackingCode)
        .orElseThrow(() -> new IllegalStateException("No case " + trackingCode));
  }

  public Optional<String> accessCodeHash(String trackingCode) {
    return jdbc.sql("SELECT access_code_hash FROM report_case WHERE tracking_code = :code")
        .param("code", trackingCode).query(String.class).optional();
  }

  /** The case created earlier with the same idempotency key, with the hash of its request body. */
  public Optional<IdempotentHit> findByIdempotencyKeyHash(String keyHash) {
    return jdbc.sql("SELECT tracking_code, request_hash FROM report_case WHERE idempotency_key_hash = :h")
        .param("h", keyHash)
        .query((rs, i) -> new IdempotentHit(rs.getString(1), rs.getString(2))).optional();
  }

  public record IdempotentHit(String trackingCode, String requestHash) {}

  public void setProcessInstance(long caseId, String processInstanceId) {
    jdbc.sql("UPDATE report_case SET process_instance_id = :pi WHERE id = :id")
        .param("pi", processInstanceId).param("id", caseId).update();
  }

  public void updateStatus(long caseId, CaseStatus status) {
    jdbc.sql("UPDATE report_case SET status = :status, updated_at = :now WHERE id = :id")
        .param("status", status.name()).param("now", clock.nowOffset()).param("id", caseId).update();
  }

  public void classify(long caseId, Category category, String conductCode, String officialBadgeCode) {
    jdbc.sql("""
            UPDATE report_case SET category = :category, conduct_code = :conduct,
                   official_badge_code = COALESCE(:badge, official_badge_code), updated_at = :now
             WHERE id = :id""")
        .param("category", category.name()).param("conduct", conductCode).param("badge", officialBadgeCode)
        .param("now", clock.nowOffset()).param("id", caseId).update();
    // the clocks carry the category for the SLA lists and counts (V12)
    jdbc.sql("UPDATE case_clock SET category = :category WHERE case_id = :id")
        .param("category", category.name()).param("id", caseId).update();
  }

  public void recordOutcome(long caseId, String outcome, String outcomeText) {
    jdbc.sql("UPDATE report_case SET outcome = :outcome, outcome_text = :text, updated_at = :now WHERE id = :id")
        .param("outcome", outcome).param("text", outcomeText).param("now", clock.nowOffset()).param("id", caseId)
        .update();
  }

  /** Closes the case with its final status; closing twice keeps the first closing time. */
  public void close(long caseId, CaseStatus finalStatus) {
    OffsetDateTime now = clock.nowOffset();
    jdbc.sql("""
            UPDATE report_case SET status = :status, closed_at = COALESCE(closed_at, :now), updated_at = :now
             WHERE id = :id""")
        .param("status", finalStatus.name()).param("now", now).param("id", caseId).update();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
  }
}
