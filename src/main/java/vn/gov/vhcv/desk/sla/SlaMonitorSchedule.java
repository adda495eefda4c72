package vn.gov.vhcv.desk.sla;

import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;

/**
 * When "Giám sát thời hạn hằng ngày" runs: {@code desk.sla.monitor-cron}, a Quartz-style cron in the
 * engine's (JVM's) time zone — run the JVM with {@code -Duser.timezone=Asia/Ho_Chi_Minh} or adjust the hour.
 * Default: 07:30 Monday to Friday; holidays are skipped by the process itself.
 */
@Component("slaMonitorSchedule")
public class SlaMonitorSchedule {

  private final String cron;

  public SlaMonitorSchedule(DeskProperties.Sla sla) {
    this.cron = sla.monitorCron();
  }

  public String getCron() {
    return cron;
  }
}
