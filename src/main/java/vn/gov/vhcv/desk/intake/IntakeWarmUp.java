package vn.gov.vhcv.desk.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.casefile.ReportType;

/**
 * Before the node reports itself ready (runners run before Spring Boot's readiness turns to accepting traffic),
 * the intake path is run a few hundred times with everything rolled back: the request's JSON read and written,
 * validation, the official's and unit's look-ups, the case, its clock, the acknowledgement rendered and stored,
 * the trail. A node just started then meets the first citizens of a spike with its classes loaded, its templates
 * parsed and its statements prepared. Nothing is kept: no case, no notice, no mail, no process (its start is
 * queued after the commit that never comes); only a case id of the database's sequence per report is used up.
 */
@Component
@Order(10)  // after the reference and demo seeds and the Tasklist filters
class IntakeWarmUp implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IntakeWarmUp.class);

  private final ReportService reports;
  private final TransactionTemplate rolledBack;
  private final ObjectMapper json;
  private final JdbcClient jdbc;
  private final DeskClock clock;
  private final int count;
  private final long maxNanos;

  IntakeWarmUp(ReportService reports, PlatformTransactionManager transactions, ObjectMapper json, JdbcClient jdbc,
      DeskClock clock, DeskProperties.Intake intake) {
    this.reports = reports;
    this.rolledBack = new TransactionTemplate(transactions);
    this.json = json;
    this.jdbc = jdbc;
    this.clock = clock;
    this.count = intake.warmUpReports();
    this.maxNanos = intake.warmUpMaxMs() * 1_000_000;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      warmUp();
    } catch (Exception e) {
      // an optimisation: a node that could not warm up still starts and serves, only its first reports are slower
      log.warn("Không chạy thử được phản ánh trước khi nhận tải; nút vẫn khởi động bình thường", e);
    }
  }

  /** @return how many reports were run through the intake and rolled back (fewer when the time ran out) */
  int warmUp() throws Exception {
    if (count <= 0) {
      return 0;
    }
    String badge = jdbc.sql("SELECT MIN(badge_code) FROM official").query(String.class).optional().orElse(null);
    String unit = jdbc.sql("SELECT MIN(code) FROM unit").query(String.class).optional().orElse(null);
    if (badge == null && unit == null) {
      return 0;  // no reference data: nothing a citizen could report about yet
    }
    long start = System.nanoTime();
    int done = 0;
    // on a slow machine the start-up is not held longer than the time allowed
    for (int i = 0; i < count && System.nanoTime() - start < maxNanos; i++) {
      ReportRequest report = new ReportRequest(ReportType.COMPLAINT,
          "Khởi động nút: phản ánh thử số " + i + ", không lưu lại.", clock.today().minusDays(i % 5),
          badge == null ? null : new ReportRequest.OfficialRef(badge, null, null), badge == null ? unit : null, false,
          new ReportRequest.ComplainantData("Người gửi thử " + i, "0912345678", "khoi-dong" + i + "@example.invalid", null));
      ReportRequest arrived = json.readValue(json.writeValueAsBytes(report), ReportRequest.class);
      Receipt receipt = rolledBack.execute(status -> {
        status.setRollbackOnly();
        return reports.submitPublic(arrived, null);
      });
      json.writeValueAsBytes(receipt);
      done++;
    }
    log.info("Đã chạy thử {} phản ánh (không lưu) trước khi nhận tải, {} ms", done, (System.nanoTime() - start) / 1_000_000);
    return done;
  }
}
