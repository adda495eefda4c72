package vn.gov.vhcv.desk.sla;

import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.SlaState;

/**
 * Not a test: measures the SLA monitor's set-based recompute and the overdue list on 10k and 100k open
 * clocks in H2 (the desk's own migrations). Run it with
 * {@code ./mvnw -q test -Dtest=SlaRecomputeBenchmark -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SlaRecomputeBenchmark {

  @Test
  @EnabledIfSystemProperty(named = "bench", matches = "true")
  void measure() {
    for (int n : new int[] {10_000, 100_000}) {
      run(n);
    }
  }

  private static void run(int n) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:bench" + n + ";DB_CLOSE_DELAY=-1");
    ds.setUser("sa");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    JdbcClient jdbc = JdbcClient.create(ds);
    jdbc.sql("INSERT INTO unit (code, name, unit_level) VALUES ('UBND-TINH', 'Ủy ban nhân dân tỉnh', 'PROVINCE')").update();
    for (int u = 0; u < 20; u++) {
      jdbc.sql("INSERT INTO unit (code, name, unit_level, parent_code) VALUES (:c, :n, 'COMMUNE', 'UBND-TINH')")
          .param("c", "U" + u).param("n", "Đơn vị " + u).update();
    }
    LocalDate today = LocalDate.of(2026, 4, 22);
    long t0 = System.nanoTime();
    jdbc.sql("""
            INSERT INTO report_case (tracking_code, access_code_hash, report_type, category, status, channel, description,
                unit_code, anonymous, received_at, created_at, updated_at)
            SELECT 'B' || X, 'h', 'COMPLAINT', CASEWHEN(MOD(X, 3) = 0, 'TO_CAO', 'PHAN_ANH'), 'IN_VERIFICATION', 'WEB',
                   'benchmark', 'U' || MOD(X, 20), FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
              FROM SYSTEM_RANGE(1, :n)""").param("n", n).update();
    // clocks started 0–59 days before today, 30-day periods: roughly half overdue, a quarter at risk
    jdbc.sql("""
            INSERT INTO case_clock (case_id, kind, started_on, due_on, period_days, day_kind, state, legal_basis, at_risk_on,
                                    unit_code, category, report_type)
            SELECT id, 'RESOLUTION', DATEADD(DAY, -MOD(id, 60), CAST(:today AS DATE)), DATEADD(DAY, 30 - MOD(id, 60), CAST(:today AS DATE)), 30,
                   'CALENDAR', 'ON_TRACK', 'benchmark', DATEADD(DAY, 23 - MOD(id, 60), CAST(:today AS DATE)),
                   unit_code, category, report_type
              FROM report_case WHERE tracking_code LIKE 'B%'""").param("today", today).update();
    long loaded = System.nanoTime();
    CaseClocks clocks = new CaseClocks(jdbc, null, clock(), null, null, null);
    long r0 = System.nanoTime();
    int changed = clocks.recomputeStates(today);
    long r1 = System.nanoTime();
    int again = clocks.recomputeStates(today);
    long r2 = System.nanoTime();
    SlaCases sla = new SlaCases(jdbc, clock());
    long p0 = System.nanoTime();
    var first = sla.page(SlaState.OVERDUE, null, null, 0, 50);
    long p1 = System.nanoTime();
    var unit = sla.page(SlaState.AT_RISK, "U7", "TO_CAO", 2, 50);
    long p2 = System.nanoTime();
    System.out.printf("SLA benchmark %,d open clocks (H2 in memory): load %d ms; recompute %d ms (%,d changed); "
            + "recompute again %d ms (%,d changed); OVERDUE page 1 %d ms (total %,d); AT_RISK unit+type page 3 %d ms (total %,d)%n",
        n, ms(t0, loaded), ms(r0, r1), changed, ms(r1, r2), again, ms(p0, p1), first.total(), ms(p1, p2), unit.total());
    jdbc.sql("SHUTDOWN").update();
  }

  private static DeskClock clock() {
    return new DeskClock(new DeskProperties("Asia/Ho_Chi_Minh", null, null, null, null, null, null, null, null, null, null), new vn.gov.vhcv.desk.engine.EngineClock());
  }

  private static long ms(long from, long to) {
    return (to - from) / 1_000_000;
  }
}
