package vn.gov.vhcv.desk;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each feature's part of {@link DeskProperties} as a bean of its own, so that a class asks only for the settings it
 * reads (and a test constructs it with just those).
 */
@Configuration(proxyBeanMethods = false)
class DeskSettings {

  @Bean
  DeskProperties.Mail mailSettings(DeskProperties desk) {
    return desk.mail();
  }

  @Bean
  DeskProperties.Intake intakeSettings(DeskProperties desk) {
    return desk.intake();
  }

  @Bean
  DeskProperties.RateLimit rateLimitSettings(DeskProperties desk) {
    return desk.rateLimit();
  }

  @Bean
  DeskProperties.Discipline disciplineSettings(DeskProperties desk) {
    return desk.discipline();
  }

  @Bean
  DeskProperties.Sla slaSettings(DeskProperties desk) {
    return desk.sla();
  }
}
