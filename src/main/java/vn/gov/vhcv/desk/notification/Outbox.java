package vn.gov.vhcv.desk.notification;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.engine.EngineContext;
import vn.gov.vhcv.desk.engine.LatestProcessDefinitions;

/**
 * Notices waiting to be sent. A notice is written in the transaction of the step that causes it; its
 * dedup key makes writing it again (a retried job, a repeated call) a no-op. In the same transaction the
 * process {@code sendNotice} is started: its asynchronous service task sends the mail with the job
 * executor's retries, and becomes an incident after the last one. Without an SMTP server the notice is
 * HELD until {@link HeldNotices#release()}.
 */
@Repository
public class Outbox {

  public static final String SEND_PROCESS = "sendNotice";
  /** The send process's business key: {@code notice-<id>}; the process has no variables of its own. */
  public static final String BUSINESS_KEY_PREFIX = "notice-";

  static long noticeIdOf(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
      throw new IllegalStateException("not a notice's send process: " + businessKey);
    }
    return Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
  }

  private final JdbcClient jdbc;
  private final DeskClock clock;
  private final MailReadiness mail;
  private final EngineContext engine;
  private final MailTemplates templates;
  private final LatestProcessDefinitions definitions;
  private final AccessCodeSeal seal;

  public Outbox(JdbcClient jdbc, DeskClock clock, MailReadiness mail, EngineContext engine, MailTemplates templates,
      LatestProcessDefinitions definitions, AccessCodeSeal seal) {
    this.definitions = definitions;
    this.seal = seal;
    this.jdbc = jdbc;
    this.templates = templates;
    this.clock = clock;
    this.mail = mail;
    this.engine = engine;
  }

  /** A stored notice. */
  public record Notice(long id, Long caseId, String kind, String audience, String recipient, String subject,
      String body, String htmlBody, String status, int attempts, java.time.OffsetDateTime createdAt,
      java.time.OffsetDateTime sentAt, String lastError, boolean secretRedacted, String sealedAccessCode,
      String processInstanceId) {}

  /**
   * A notice whose text the step composed itself: stored with the HTML part of {@code layout.html}, so it
   * leaves as plain text and HTML like every templated notice.
   */
  public boolean enqueue(Long caseId, String dedupKey, NoticeKind kind, String recipient, String subject, String body) {
    return enqueue(caseId, dedupKey, kind, recipient, templates.plain(subject, body), null);
  }

  /**
   * @param secret the citizen's access code the mail carries, or null: the stored text must hold
   *     {@link AccessCodeSeal#PLACEHOLDER} in its place (a text holding the code itself is refused); the code is
   *     stored only sealed and filled in when the mail is sent ({@link SendNoticeMail})
   * @return true when the notice was new
   */
  public boolean enqueue(Long caseId, String dedupKey, NoticeKind kind, String recipient, MailTemplates.Rendered mail,
      String secret) {
    return enqueue(caseId, dedupKey, kind, recipient, mail, secret, true);
  }

  /**
   * A notice stored now and sent when its case is registered ({@link #sendWaiting(long)}): the citizen's
   * request stores the acknowledgement with the report, and the asynchronous registration starts its send
   * process — one process start fewer in the request a citizen waits for.
   */
  public boolean enqueueForRegistration(long caseId, String dedupKey, NoticeKind kind, String recipient,
      MailTemplates.Rendered mail, String secret) {
    return enqueue(caseId, dedupKey, kind, recipient, mail, secret, false);
  }

  /**
   * Starts the send processes of the case's notices that wait for its registration; running it again
   * starts none twice (a started notice has its process instance).
   *
   * @return how many were started
   */
  public int sendWaiting(long caseId) {
    List<Long> waiting = jdbc.sql("""
            SELECT id FROM notification_outbox
            WHERE case_id = :c AND status = 'PENDING' AND process_instance_id IS NULL ORDER BY id""")
        .param("c", caseId).query(Long.class).list();
    waiting.forEach(this::startSending);
    return waiting.size();
  }

  private boolean enqueue(Long caseId, String dedupKey, NoticeKind kind, String recipient, MailTemplates.Rendered mail,
      String secret, boolean sendNow) {
    if (mail.html() == null) {
      mail = templates.plain(mail.subject(), mail.text());
    }
    if (secret != null && (AccessCodeSeal.holds(mail.subject(), secret) || AccessCodeSeal.holds(mail.text(), secret)
        || AccessCodeSeal.holds(mail.html(), secret) || AccessCodeSeal.holds(recipient, secret))) {
      throw new IllegalArgumentException("A notice's stored text must not hold the access code: render it with "
          + "AccessCodeSeal.PLACEHOLDER (" + kind + ")");
    }
    Integer exists = jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE dedup_key = :k").param("k", dedupKey)
        .query(Integer.class).single();
    if (exists > 0) {
      return false;
    }
    boolean send = this.mail.configured();
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO notification_outbox (case_id, dedup_key, kind, audience, recipient, subject, body, html_body,
              sealed_access_code, status, created_at)
            VALUES (:caseId, :key, :kind, :audience, :recipient, :subject, :body, :html, :sealed, :status, :now)""")
        .param("caseId", caseId).param("key", dedupKey).param("kind", kind.name())
        .param("audience", kind.audience().name()).param("recipient", recipient)
        .param("subject", mail.subject()).param("body", mail.text()).param("html", mail.html())
        .param("sealed", secret == null ? null : seal.seal(caseId, secret)).param("status", send ? "PENDING" : "HELD").param("now", clock.nowOffset())
        .update(keys, "id");
    if (send && sendNow) {
      startSending(keys.getKey().longValue());
    }
    return true;
  }

  /** Starts the send process of a notice, in the caller's transaction, whoever the current user is. */
  void startSending(long id) {
    Runnable start = () -> {
      // the id travels in the business key: no variable rows (runtime and history) for each of the many notices
      String pi = definitions.start(SEND_PROCESS, BUSINESS_KEY_PREFIX + id, java.util.Map.of()).getId();
      jdbc.sql("UPDATE notification_outbox SET process_instance_id = :pi, status = 'PENDING' WHERE id = :id")
          .param("pi", pi).param("id", id).update();
    };
    // the notice belongs to the step, not to the user who took it: no start permission needed
    engine.asNoUser(start);
  }

  public Optional<Notice> find(long id) {
    return jdbc.sql("SELECT * FROM notification_outbox WHERE id = :id").param("id", id).query(Outbox::map).optional();
  }

  /**
   * The newest notices, last written first, without their texts (body, HTML part, sealed code): what a list shows. The
   * outbox keeps every notice (two per report, about twenty per case), so the list is cut in the database, on
   * the primary key.
   */
  public List<Notice> latest(int limit) {
    return latest(limit, vn.gov.vhcv.desk.security.UnitScope.Visibility.ALL);
  }

  /**
   * The newest notices of the cases {@code visible} covers (a commune's staff: their commune's cases; a notice of
   * no case, such as a digest, only for those who see every case).
   */
  public List<Notice> latest(int limit, vn.gov.vhcv.desk.security.UnitScope.Visibility visible) {
    String scope = visible.all() ? "" : " WHERE case_id IS NOT NULL" + visible.caseIdCondition("case_id");
    return visible.bind(jdbc.sql("""
            SELECT id, case_id, kind, audience, recipient, subject, CAST(NULL AS VARCHAR(1)) AS body,
              CAST(NULL AS VARCHAR(1)) AS html_body, status, attempts, created_at, sent_at, last_error, secret_redacted,
              CAST(NULL AS VARCHAR(1)) AS sealed_access_code, process_instance_id
            FROM notification_outbox""" + scope + " ORDER BY id DESC FETCH FIRST :n ROWS ONLY"))
        .param("n", limit).query(Outbox::map).list();
  }

  /** Of the given send processes, those with an open incident (their mail failed for good), in one query. */
  public java.util.Set<String> withIncident(java.util.Collection<String> processInstanceIds) {
    if (processInstanceIds.isEmpty()) {
      return java.util.Set.of();
    }
    return java.util.Set.copyOf(jdbc.sql("SELECT DISTINCT PROC_INST_ID_ FROM ACT_RU_INCIDENT WHERE PROC_INST_ID_ IN (:ids)")
        .param("ids", processInstanceIds).query(String.class).list());
  }

  public List<Notice> forCase(long caseId) {
    return jdbc.sql("SELECT * FROM notification_outbox WHERE case_id = :id ORDER BY id").param("id", caseId)
        .query(Outbox::map).list();
  }

  /** Takes a held notice for sending (once, even if several nodes try). */
  boolean claimHeld(long id) {
    return jdbc.sql("UPDATE notification_outbox SET status = 'PENDING' WHERE id = :id AND status = 'HELD'")
        .param("id", id).update() == 1;
  }

  public List<Long> held() {
    return jdbc.sql("SELECT id FROM notification_outbox WHERE status = 'HELD' ORDER BY id").query(Long.class).list();
  }

  public long heldCount() {
    return jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE status = 'HELD'").query(Long.class).single();
  }

  public long countFor(long caseId, NoticeKind kind) {
    return jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE case_id = :id AND kind = :kind")
        .param("id", caseId).param("kind", kind.name()).query(Long.class).single();
  }

  private static Notice map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    long caseIdValue = rs.getLong("case_id");
    Long caseId = rs.wasNull() ? null : caseIdValue;
    return new Notice(rs.getLong("id"), caseId, rs.getString("kind"), rs.getString("audience"),
        rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("html_body"),
        rs.getString("status"), rs.getInt("attempts"), rs.getObject("created_at", java.time.OffsetDateTime.class),
        rs.getObject("sent_at", java.time.OffsetDateTime.class), rs.getString("last_error"),
        rs.getBoolean("secret_redacted"), rs.getString("sealed_access_code"),
        rs.getString("process_instance_id"));
  }
}
