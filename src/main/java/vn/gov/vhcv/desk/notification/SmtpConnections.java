package vn.gov.vhcv.desk.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keeps one SMTP connection open per sending thread (each job worker sends one mail at a time), so a backlog
 * of notices goes out over a few connections instead of one connection per mail. Measured against GreenMail on
 * this machine: 46–52 ms per mail with a new connection each, 1.5–3.6 ms on an open one; with a real server the
 * TLS handshake and login per mail are saved as well.
 *
 * <p>Exactly-once is unchanged: a connection is only a faster way to the same {@code sendMessage}; the notice
 * is marked SENT after the server accepted it ({@link SendNoticeMail}). A connection that failed is closed and
 * never reused; one idle for a while is checked with {@code NOOP} before use, and one idle for long (servers
 * drop idle clients) or opened for another server (host, port, user) is replaced.
 */
@Component
public class SmtpConnections implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpConnections.class);
  /** Idle for less than this: used as it is (a backlog being sent). */
  static final long TRUST_IDLE_NANOS = 2_000_000_000L;
  /** Idle for longer than this: closed and opened again rather than asked. */
  static final long MAX_IDLE_NANOS = 20_000_000_000L;

  private static final class Open {
    final Transport transport;
    final String endpoint;
    long lastUsed = System.nanoTime();
    int sent;

    Open(Transport transport, String endpoint) {
      this.transport = transport;
      this.endpoint = endpoint;
    }
  }

  /** By thread id: a connection is only ever used by the thread that opened it. */
  private final Map<Long, Open> open = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong opened = new java.util.concurrent.atomic.AtomicLong();

  /**
   * Sends the message as {@link JavaMailSender#send(MimeMessage)} would, over this thread's open connection to
   * the sender's server. Failures come as the same Spring exceptions ({@link MailSendException},
   * {@link MailAuthenticationException}) with the SMTP exception as their cause.
   */
  public void send(JavaMailSender sender, MimeMessage message) {
    if (!(sender instanceof JavaMailSenderImpl impl)) {
      sender.send(message);
      return;
    }
    Open connection = connection(impl);
    try {
      deliver(connection, message);
    } catch (MessagingException | RuntimeException e) {
      discard();
      // an open connection the server dropped while it was idle fails at its first command, before any reply:
      // the mail goes once more over a new connection instead of waiting for a job retry. (A connection lost in
      // the middle of a mail, also without a reply, is sent again here just as the job's retry would send it.)
      if (connection.sent == 0 || PermanentMailRejection.replyCode(e, code -> true) > 0) {
        throw failed(e);
      }
      LOG.debug("SMTP connection to {} was dropped after {} mails; sending over a new one: {}", connection.endpoint,
          connection.sent, e.toString());
      Open fresh = connection(impl);
      try {
        deliver(fresh, message);
      } catch (MessagingException | RuntimeException again) {
        discard();
        throw failed(again);
      }
    }
  }

  private static void deliver(Open connection, MimeMessage message) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    message.saveChanges();
    connection.transport.sendMessage(message, message.getAllRecipients());
    connection.sent++;
    connection.lastUsed = System.nanoTime();
  }

  private static MailSendException failed(Exception e) {
    return new MailSendException("Gửi thư không thành công: " + describe(e), e);
  }

  /** The messages of the failure and of what it wraps, e.g. "Invalid Addresses; 550 5.1.1 Mailbox unavailable". */
  static String describe(Throwable failure) {
    var parts = new java.util.LinkedHashSet<String>();
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10; depth++) {
      if (t.getMessage() != null) {
        parts.add(t.getMessage().strip());
      }
      Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
      t = next == t ? null : next;
    }
    return String.join("; ", parts);
  }

  /** How many SMTP connections the desk has opened since it started. */
  public long opened() {
    return opened.get();
  }

  private Open connection(JavaMailSenderImpl sender) {
    String endpoint = endpoint(sender);
    Open current = open.get(Thread.currentThread().getId());
    if (current != null) {
      long idle = System.nanoTime() - current.lastUsed;
      boolean usable = current.endpoint.equals(endpoint) && idle < MAX_IDLE_NANOS
          && (idle < TRUST_IDLE_NANOS || current.transport.isConnected());
      if (usable) {
        return current;
      }
      discard();
    }
    Transport transport;
    try {
      String protocol = sender.getProtocol() != null ? sender.getProtocol()
          : Objects.requireNonNullElse(sender.getSession().getProperty("mail.transport.protocol"), "smtp");
      transport = sender.getSession().getTransport(protocol);
      String user = StringUtils.hasLength(sender.getUsername()) ? sender.getUsername() : null;
      String password = user != null ? sender.getPassword() : null;
      transport.connect(sender.getHost(), sender.getPort(), user, password);
      opened.incrementAndGet();
    } catch (AuthenticationFailedException e) {
      throw new MailAuthenticationException(e);
    } catch (MessagingException e) {
      throw new MailSendException("Không kết nối được máy chủ thư " + endpoint + ": " + e.getMessage(), e);
    }
    Open created = new Open(transport, endpoint);
    open.put(Thread.currentThread().getId(), created);
    return created;
  }

  /** Closes this thread's connection, if any; it is not used again. */
  void discard() {
    close(open.remove(Thread.currentThread().getId()));
  }

  @Override
  public void destroy() {
    open.values().forEach(SmtpConnections::close);
    open.clear();
  }

  private static void close(Open connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.transport.close();
    } catch (MessagingException | RuntimeException e) {
      LOG.debug("Closing an SMTP connection to {} failed: {}", connection.endpoint, e.toString());
    }
  }

  private static String endpoint(JavaMailSenderImpl sender) {
    return sender.getProtocol() + "://" + sender.getUsername() + "@" + sender.getHost() + ":" + sender.getPort();
  }
}
