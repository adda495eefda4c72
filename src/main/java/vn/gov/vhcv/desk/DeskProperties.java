package vn.gov.vhcv.desk;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the desk itself ({@code desk.*}). */
@ConfigurationProperties("desk")
public record DeskProperties(String timeZone, PublicApi publicApi, Seeds seeds, Mail mail, Engine engine) {

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
   */
  public record Mail(String from, String accessCodeKey) {}

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

  public ZoneId zone() {
    return ZoneId.of(timeZone == null ? "Asia/Ho_Chi_Minh" : timeZone);
  }
}
