package vn.gov.vhcv.desk.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Whether an SMTP server is configured ({@code spring.mail.host} not empty); else notices are held. */
@Component
public class MailReadiness {

  private final ObjectProvider<MailProperties> properties;
  private final ObjectProvider<JavaMailSender> sender;

  public MailReadiness(ObjectProvider<MailProperties> properties, ObjectProvider<JavaMailSender> sender) {
    this.properties = properties;
    this.sender = sender;
  }

  public boolean configured() {
    MailProperties p = properties.getIfAvailable();
    return p != null && StringUtils.hasText(p.getHost()) && sender.getIfAvailable() != null;
  }

  public JavaMailSender sender() {
    if (!configured()) {
      throw new IllegalStateException("Chưa cấu hình máy chủ thư (spring.mail.host)");
    }
    return sender.getObject();
  }
}
