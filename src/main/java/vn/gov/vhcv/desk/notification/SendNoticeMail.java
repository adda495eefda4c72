package vn.gov.vhcv.desk.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.engine.EngineContext;

/**
 * "Gửi thư": sends one notice of the outbox. Exactly once towards the SMTP server: a notice already SENT
 * is skipped, and SENT is committed in its own transaction right after the server accepted the mail, so
 * a later failure of the job's transaction cannot cause a second copy. A failure is recorded (attempts,
 * last error) in its own transaction and rethrown, so the job executor retries and finally raises an
 * incident; a permanent refusal (5xx) is FAILED at once and raises the incident on the first failure
 * ({@link PermanentMailRejection}). The mail goes over the worker's open SMTP connection ({@link SmtpConnections}).
 * Every mail is multipart: plain text and HTML. An acknowledgement's access code is in no stored text: it is
 * opened from its seal here, put into the mail in place of {@link AccessCodeSeal#PLACEHOLDER}, and the sealed
 * value is wiped once the server accepted the mail.
 */
@Component("sendNoticeMail")
public class SendNoticeMail implements JavaDelegate {

  /** What the stored text of a sent acknowledgement holds where the mail carried the access code. */
  static final String REDACTED = AccessCodeSeal.PLACEHOLDER;
  private static final Logger LOG = LoggerFactory.getLogger(SendNoticeMail.class);

  private final Outbox outbox;
  private final JdbcClient jdbc;
  private final MailReadiness mail;
  private final DeskClock clock;
  private final String from;
  private final ManagementService management;
  private final EngineContext engine;
  private final TransactionTemplate ownTx;
  private final MailTemplates templates;
  private final SmtpConnections connections;
  private final AccessCodeSeal seal;

  public SendNoticeMail(Outbox outbox, JdbcClient jdbc, MailReadiness mail, DeskClock clock, DeskProperties desk,
      ManagementService management, PlatformTransactionManager tx, MailTemplates templates, SmtpConnections connections,
      AccessCodeSeal seal, EngineContext engine) {
    this.engine = engine;
    this.seal = seal;
    this.templates = templates;
    this.connections = connections;
    this.outbox = outbox;
    this.jdbc = jdbc;
    this.mail = mail;
    this.clock = clock;
    this.from = desk.mail() == null ? null : desk.mail().from();
    this.management = management;
    this.ownTx = new TransactionTemplate(tx);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = Outbox.noticeIdOf(execution.getBusinessKey());
    send(id, isLastAttempt(execution));
  }

  /** Whether the running job has failed before and has one try left (from the job executor's own job, else asked). */
  private boolean isLastAttempt(DelegateExecution execution) {
    Job running = engine.currentJob();
    Job job = running != null ? running
        : management.createJobQuery().processInstanceId(execution.getProcessInstanceId()).singleResult();
    return job != null && job.getExceptionMessage() != null && job.getRetries() <= 1;
  }

  /** Sends the notice unless it was sent already; rethrows a failure after recording it. */
  public void send(long id, boolean lastAttempt) {
    // read and count the attempt in one short transaction of its own (committed before the server is asked)
    Outbox.Notice n = ownTx.execute(s -> {
      Outbox.Notice found = outbox.find(id).orElseThrow(() -> new IllegalStateException("Không có thông báo " + id));
      if (!"SENT".equals(found.status())) {
        jdbc.sql("UPDATE notification_outbox SET attempts = attempts + 1, last_attempt_at = :now WHERE id = :id")
            .param("now", clock.nowOffset()).param("id", id).update();
      }
      return found;
    });
    if ("SENT".equals(n.status())) {
      LOG.info("Notice {} was sent already; not sending again", id);
      return;
    }
    try {
      JavaMailSender sender = mail.sender();
      MimeMessage message = sender.createMimeMessage();
      try {
        // always multipart/alternative: the plain text and the escaped HTML layout
        var helper = new MimeMessageHelper(message, true, "UTF-8");
        if (from != null && !from.isBlank()) {
          helper.setFrom(from);
        }
        helper.setTo(n.recipient());
        helper.setSubject(n.subject());
        String text = n.body();
        String html = n.htmlBody() != null ? n.htmlBody() : templates.layout(n.subject(), n.body());
        if (n.sealedAccessCode() != null) {
          // the access code exists in this mail only: opened now, never written back
          text = AccessCodeSeal.fill(n.body(), seal.open(n.caseId(), n.sealedAccessCode()));
          html = templates.layout(n.subject(), text);
        }
        helper.setText(text, html);
      } catch (MessagingException e) {
        throw new MailPreparationException(e);
      }
      connections.send(sender, message);
    } catch (RuntimeException e) {
      // a 5xx refusal will not change on a retry: FAILED now, and the job becomes an incident at once
      int permanent = PermanentMailRejection.permanentReplyCode(e);
      String error = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage());
      ownTx.executeWithoutResult(s -> jdbc.sql(
              "UPDATE notification_outbox SET last_error = :e, status = :st WHERE id = :id AND status <> 'SENT'")
          .param("e", error.length() > 1000 ? error.substring(0, 1000) : error)
          .param("st", lastAttempt || permanent > 0 ? "FAILED" : "PENDING").param("id", id).update());
      LOG.warn("Notice {} ({}) not sent{}: {}", id, n.kind(), permanent > 0 ? " (permanent " + permanent + ")" : "",
          error);
      throw permanent > 0 ? new PermanentMailRejection(permanent, e) : e;
    }
    ownTx.executeWithoutResult(s -> markSent(n));
  }

  /** SENT, and the sealed access code wiped: it was needed for this mail only. */
  private void markSent(Outbox.Notice n) {
    jdbc.sql("""
            UPDATE notification_outbox SET status = 'SENT', sent_at = :now, last_error = NULL,
              sealed_access_code = NULL, secret_redacted = :redacted
            WHERE id = :id""")
        .param("now", clock.nowOffset()).param("redacted", n.sealedAccessCode() != null || n.secretRedacted())
        .param("id", n.id()).update();
  }
}
