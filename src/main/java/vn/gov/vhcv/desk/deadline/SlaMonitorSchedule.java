package vn.gov.vhcv.desk.deadline;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When "Giám sát thời hạn hằng ngày" runs: {@code desk.sla.monitor-cron}, a Quartz-style cron in the
 * engine's (JVM's) time zone — run the JVM with {@code -Duser.timezone=Asia/Ho_Chi_Minh} or adjust the hour.
 * Default: 07:30 Monday to Friday; holidays are skipped by the process itself.
 */
@Component("slaMonitorSchedule")
public class SlaMonitorSchedule {

  private final String cron;

  public SlaMonitorSchedule(@Value("${desk.sla.monitor-cron:0 30 7 ? * MON-FRI}") String cron) {
    this.cron = cron;
  }

  public String getCron() {
    return cron;
  }
}
