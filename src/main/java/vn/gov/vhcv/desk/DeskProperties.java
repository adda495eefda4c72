package vn.gov.vhcv.desk;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the desk itself ({@code desk.*}), every one of them typed here; their defaults and what each does
 * are in {@code application.yml}. A class that needs the settings of one feature asks for that feature's record
 * ({@link DeskSettings} makes each a bean); no class reads a {@code desk.*} property with {@code @Value}
 * (DeskPropertiesTest).
 *
 * @param siteUrl the address staff open the desk at (links in mails to staff)
 */
@ConfigurationProperties("desk")
public record DeskProperties(String timeZone, PublicApi publicApi, Seeds seeds, Mail mail, Engine engine,
    String siteUrl, Intake intake, Security security, RateLimit rateLimit, Discipline discipline, Sla sla) {

  /**
   * Caps of JSON bodies on {@code /api/**}: {@code maxBodyBytes} for every route but a staff letter
   * ({@code POST /api/cases}), which may carry up to 50,000 characters and gets {@code maxStaffLetterBytes}.
   */
  public record PublicApi(long maxBodyBytes, long maxStaffLetterBytes) {}

  /** reference: units, officials, conduct codes, holidays; demo: accounts; demoReports: the demo cases. */
  public record Seeds(boolean reference, boolean demo, boolean demoReports) {}

  /**
   * @param accessCodeKey the key that seals citizens' access codes until their acknowledgement is sent
   *     (notification/AccessCodeSeal; base64 of 32 bytes)
   * @param retryCycle the mail job's retries (ISO 8601 repeat/interval, notification/NoticeRetry)
   */
  public record Mail(String from, String accessCodeKey, String retryCycle) {}

  /**
   * The engine room's tuning hooks, each on by default and switched off alone (docs/ARCHITECTURE.md, "The engine
   * room"); the beans read them with {@code @ConditionalOnProperty}, this record checks at start-up that they are
   * booleans.
   *
   * @param taskQueryRewrite engine/AuthorizedTaskQueries: Tasklist's task query with its grants as semi-joins
   *     (PostgreSQL)
   * @param postgresSessionSettings engine/PostgresSessionSettings: no JIT, custom plans for the engine's queries
   * @param tableTuning engine/EngineTableTuning: indexes and statistics on the engine's job and authorization tables
   */
  public record Engine(boolean taskQueryRewrite, boolean postgresSessionSettings, boolean tableTuning) {}

  /**
   * The citizens' intake.
   *
   * @param startProcess {@code background} or {@code after-commit}: how a stored report's case process starts
   *     (intake/CaseProcessStarter)
   * @param backgroundYieldAt reports in flight from which the job executor and the process starter wait
   *     (intake/IntakePressure); 0 turns it off
   * @param backgroundMaxWaitMs the longest such wait at a time (engine/JobsYieldToIntake, intake/CaseProcessStarter)
   * @param warmUpReports rolled-back reports run before the node reports itself ready (intake/IntakeWarmUp); 0 = none
   * @param warmUpMaxMs ... for no longer than this
   */
  public record Intake(String startProcess, int backgroundYieldAt, long backgroundMaxWaitMs, int warmUpReports,
      long warmUpMaxMs) {}

  /** @param loginLockMinutes how long a staff account stays locked after 10 wrong passwords (engine/StaffLoginLockout) */
  public record Security(long loginLockMinutes) {}

  /**
   * Per-address limits of the public API and portal (security/PublicRateLimitFilter) and the lock of a tracking code
   * after wrong access codes (intake/AccessCodeLock).
   *
   * @param submissionsPerMinute reports and additions per address and minute
   * @param statusReadsPerMinute status reads per address and minute
   * @param wrongAccessCodes wrong access codes for one tracking code that lock it
   * @param lockMinutes how long such a lock lasts (and the window the wrong codes are counted in)
   */
  public record RateLimit(long submissionsPerMinute, long statusReadsPerMinute, int wrongAccessCodes,
      long lockMinutes) {}

  /**
   * @param repeatOffenderThreshold founded cases about one official in 12 months from which the council is told of a
   *     repeat offender (discipline/DisciplineRegister)
   */
  public record Discipline(int repeatOffenderThreshold) {}

  /** @param monitorCron when the daily SLA monitor runs (Quartz-style cron, processes/sla-monitor.bpmn) */
  public record Sla(String monitorCron) {}

  public ZoneId zone() {
    return ZoneId.of(timeZone == null ? "Asia/Ho_Chi_Minh" : timeZone);
  }
}
