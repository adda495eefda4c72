package vn.gov.vhcv.desk.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices written while no SMTP server was configured are HELD, not lost. When a server is configured
 * they are sent: at start-up, and on demand from the outbox page.
 */
@Component
public class HeldNotices {

  private static final Logger LOG = LoggerFactory.getLogger(HeldNotices.class);

  private final Outbox outbox;
  private final MailReadiness mail;
  private final TransactionTemplate tx;

  public HeldNotices(Outbox outbox, MailReadiness mail, PlatformTransactionManager tx) {
    this.outbox = outbox;
    this.mail = mail;
    this.tx = new TransactionTemplate(tx);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void releaseAtStartUp() {
    int n = release();
    if (n > 0) {
      LOG.info("{} held notices handed to the mail job", n);
    }
  }

  /** @return how many held notices were handed to the send process (0 without SMTP) */
  public int release() {
    if (!mail.configured()) {
      return 0;
    }
    int count = 0;
    for (long id : outbox.held()) {
      Boolean started = tx.execute(s -> {
        if (!outbox.claimHeld(id)) {
          return false;
        }
        outbox.startSending(id);
        return true;
      });
      if (Boolean.TRUE.equals(started)) {
        count++;
      }
    }
    return count;
  }
}
