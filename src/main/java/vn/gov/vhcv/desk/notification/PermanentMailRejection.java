package vn.gov.vhcv.desk.notification;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailSendException;
import vn.gov.vhcv.desk.engine.FailFastOnPermanentRejection;

/**
 * The SMTP server refused a notice for good (a 5xx reply to the sender, a recipient or the message):
 * sending it again cannot help, so the mail job becomes an incident at once instead of using up its
 * retries ({@link FailFastOnPermanentRejection}). Transient failures (no connection, 4xx) are not this.
 */
public class PermanentMailRejection extends RuntimeException implements FailFastOnPermanentRejection.Permanent {

  private final int replyCode;

  public PermanentMailRejection(int replyCode, RuntimeException cause) {
    super("Máy chủ thư từ chối vĩnh viễn (mã " + replyCode + "): " + cause.getMessage(), cause);
    this.replyCode = replyCode;
  }

  public int replyCode() {
    return replyCode;
  }

  /**
   * The 5xx reply code of a permanent refusal found anywhere in {@code failure} (its causes, the nested
   * exceptions of a {@link MessagingException} and the per-message exceptions of a {@link MailSendException}),
   * or 0 when the failure is transient or unknown.
   */
  public static int permanentReplyCode(Throwable failure) {
    return replyCode(failure, code -> code >= 500 && code < 600);
  }

  /** The first SMTP reply code in {@code failure} that {@code wanted} accepts, or 0 (no such reply from the server). */
  static int replyCode(Throwable failure, java.util.function.IntPredicate wanted) {
    Deque<Throwable> todo = new ArrayDeque<>();
    Map<Throwable, Boolean> seen = new IdentityHashMap<>();
    todo.add(failure);
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (seen.put(t, true) != null) {
        continue;
      }
      int code = smtpReplyCode(t);
      if (code > 0 && wanted.test(code)) {
        return code;
      }
      List<Throwable> next = new ArrayList<>();
      next.add(t.getCause());
      if (t instanceof MessagingException m) {
        next.add(m.getNextException());
      }
      if (t instanceof MailSendException m) {
        next.addAll(List.of(m.getMessageExceptions()));
      }
      next.stream().filter(Objects::nonNull).forEach(todo::add);
    }
    return 0;
  }

  private static int smtpReplyCode(Throwable t) {
    if (t instanceof SMTPAddressFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPSenderFailedException e) {
      return e.getReturnCode();
    }
    if (t instanceof SMTPSendFailedException e) {
      return e.getReturnCode();
    }
    return 0;
  }
}
