package vn.gov.vhcv.desk.notification;

import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;

/** The retry cycle of the mail job ({@code desk.mail.retry-cycle}, ISO 8601 repeat, e.g. {@code R5/PT1M}). */
@Component("noticeRetry")
public class NoticeRetry {

  private final String cycle;

  public NoticeRetry(DeskProperties.Mail mail) {
    this.cycle = mail.retryCycle();
  }

  public String cycle() {
    return cycle;
  }
}
