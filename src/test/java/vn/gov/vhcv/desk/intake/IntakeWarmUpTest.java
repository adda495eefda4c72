package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.DeskTest;

/** The rolled-back reports a node runs before it reports itself ready leave nothing behind. */
class IntakeWarmUpTest extends DeskTest {

  @Autowired PlatformTransactionManager transactions;
  @Autowired ObjectMapper json;
  @Autowired DeskClock clock;

  private static final List<String> TABLES = List.of("report_case", "complainant", "case_clock", "notification_outbox",
      "case_event", "audit_log", "case_process_queue");

  @Test
  void warmUpReportsAreRunAndNothingOfThemIsKept() throws Exception {
    Map<String, Long> before = counts();
    long processes = engine.getRuntimeService().createProcessInstanceQuery().count();
    long jobs = engine.getManagementService().createJobQuery().count();

    assertThat(new IntakeWarmUp(reports, transactions, json, jdbc, clock, warmUp(25, 60_000)).warmUp()).isEqualTo(25);

    assertThat(counts()).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(processes);
    assertThat(engine.getManagementService().createJobQuery().count()).isEqualTo(jobs);
    // and the intake still takes a real report afterwards, acknowledged as usual
    Receipt receipt = submit(complaint());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_case WHERE tracking_code = :c").param("c", receipt.trackingCode())
        .query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("""
            SELECT COUNT(*) FROM notification_outbox o JOIN report_case c ON c.id = o.case_id
            WHERE c.tracking_code = :c AND o.kind = 'ACKNOWLEDGEMENT'""").param("c", receipt.trackingCode())
        .query(Long.class).single()).isEqualTo(1);
  }

  @Test
  void warmUpStopsWhenItsTimeIsUp() throws Exception {
    Map<String, Long> before = counts();
    assertThat(new IntakeWarmUp(reports, transactions, json, jdbc, clock, warmUp(1_000_000, 200)).warmUp())
        .isGreaterThan(0).isLessThan(1_000_000);
    assertThat(counts()).isEqualTo(before);
  }

  /** The intake's settings with {@code desk.intake.warm-up-reports} and {@code warm-up-max-ms}. */
  private static DeskProperties.Intake warmUp(int reports, long maxMillis) {
    return new DeskProperties.Intake("background", 4, 60_000, reports, maxMillis);
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
    }
    return counts;
  }
}
