package vn.gov.vhcv.desk.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The retry cycle of the mail job ({@code desk.mail.retry-cycle}, ISO 8601 repeat, e.g. {@code R5/PT1M}). */
@Component("noticeRetry")
public class NoticeRetry {

  private final String cycle;

  public NoticeRetry(@Value("${desk.mail.retry-cycle:R5/PT1M}") String cycle) {
    this.cycle = cycle;
  }

  public String cycle() {
    return cycle;
  }
}
