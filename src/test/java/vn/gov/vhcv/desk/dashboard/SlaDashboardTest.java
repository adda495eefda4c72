package vn.gov.vhcv.desk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.Channel;

/** The monitor's dashboard when there are more urgent clocks than one page shows. */
class SlaDashboardTest extends DeskTest {

  private static final int MANY = SlaDashboard.LIST_LIMIT + 10;

  @Autowired TestRestTemplate http;
  @Autowired DeskClock clock;
  @Autowired ObjectMapper json;

  @Test
  void dashboardCountsEveryRunningClockButListsOnlyTheMostOverdueAndTheCsvHasThemAll() throws Exception {
    String oldest = submitByStaff(complaint(), Channel.PAPER, OffsetDateTime.now().minusDays(40)).trackingCode();
    LocalDate today = clock.today();
    String before = page();
    JsonNode trendBefore = trend();
    try {
      // MANY clocks that ran out yesterday, two paused (overdue by their dates), one met late, one met in time,
      // one at risk
      for (int i = 0; i < MANY + 5; i++) {
        jdbc.sql("""
                INSERT INTO report_case (tracking_code, access_code_hash, report_type, category, status, channel,
                                         description, unit_code, anonymous, received_at, created_at, updated_at)
                VALUES (:code, 'sha256:x', 'COMPLAINT', 'PHAN_ANH', 'IN_VERIFICATION', 'WEB', 'dashboard test',
                        'SO-Y-TE', TRUE, :at, :at, :at)""")
            .param("code", "DBT" + i).param("at", OffsetDateTime.now().minusDays(30)).update();
      }
      jdbc.sql("""
              INSERT INTO case_clock (case_id, kind, started_on, due_on, period_days, day_kind, state, legal_basis,
                                      at_risk_on, unit_code, category, report_type)
              SELECT id, 'RESOLUTION', :start, :due, 20, 'CALENDAR', 'AT_RISK', 'test', :risk, unit_code, category,
                     report_type
                FROM report_case WHERE tracking_code LIKE 'DBT%'""")
          .param("start", today.minusDays(21)).param("due", today.minusDays(1)).param("risk", today.minusDays(6))
          .update();
      jdbc.sql("UPDATE case_clock SET state = 'PAUSED', paused_since = :now WHERE case_id IN "
              + "(SELECT id FROM report_case WHERE tracking_code IN ('DBT" + MANY + "', 'DBT" + (MANY + 1) + "'))")
          .param("now", OffsetDateTime.now()).update();
      jdbc.sql("UPDATE case_clock SET state = 'MET', due_on = :due, completed_at = :late WHERE case_id = "
              + "(SELECT id FROM report_case WHERE tracking_code = 'DBT" + (MANY + 2) + "')")
          .param("due", today.minusDays(10)).param("late", OffsetDateTime.now().minusDays(5)).update();
      jdbc.sql("UPDATE case_clock SET state = 'MET', due_on = :due, completed_at = :inTime WHERE case_id = "
              + "(SELECT id FROM report_case WHERE tracking_code = 'DBT" + (MANY + 3) + "')")
          .param("due", today.minusDays(10)).param("inTime", OffsetDateTime.now().minusDays(12)).update();

      jdbc.sql("UPDATE case_clock SET due_on = :due, at_risk_on = :risk WHERE case_id = "
              + "(SELECT id FROM report_case WHERE tracking_code = 'DBT" + (MANY + 4) + "')")
          .param("due", today.plusDays(3)).param("risk", today.minusDays(1)).update();

      String after = page();
      assertThat(kpi(after, "AT_RISK")).isEqualTo(kpi(before, "AT_RISK") + 1);
      String atRiskTable = after.substring(after.indexOf("<table id=\"at-risk\""));
      assertThat(atRiskTable.substring(0, atRiskTable.indexOf("</table>"))).contains(">DBT" + (MANY + 4) + "<");
      assertThat(kpi(after, "OVERDUE")).isEqualTo(kpi(before, "OVERDUE") + MANY);
      assertThat(kpi(after, "PAUSED")).isEqualTo(kpi(before, "PAUSED") + 2);
      assertThat(after).doesNotContain("kpi-MET");
      String overdueTable = after.substring(after.indexOf("<table id=\"overdue\""));
      overdueTable = overdueTable.substring(0, overdueTable.indexOf("</table>"));
      assertThat(overdueTable.split("<tr>", -1).length - 2).as("lines shown").isEqualTo(SlaDashboard.LIST_LIMIT);
      // the longest overdue come first: the case 40 days old is on the page, behind it the ones of yesterday
      assertThat(overdueTable).contains(oldest);
      assertThat(overdueTable.indexOf(oldest)).isLessThan(overdueTable.indexOf(">DBT"));
      assertThat(after).contains("id=\"overdue-cut\"", "tệp CSV");

      String csv = http.withBasicAuth("giamsat", "demo").getForObject("/staff/dashboard.csv", String.class);
      for (int i = 0; i < MANY; i++) {
        assertThat(csv).contains("DBT" + i + ",");
      }
      assertThat(csv).contains("DBT" + (MANY + 4) + ",");
      assertThat(csv).doesNotContain("DBT" + MANY + ",", "DBT" + (MANY + 2) + ",", "DBT" + (MANY + 3) + ",");

      // trend: the clocks that ran out yesterday count this week, the one met late in the week after its due day
      JsonNode trendAfter = trend();
      int thisWeek = trendAfter.get("overdue").size() - 1;
      int lateWeek = thisWeek - (int) ChronoUnit.WEEKS.between(
          today.minusDays(9).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
      long[] delta = new long[thisWeek + 1];
      for (int w = 0; w <= thisWeek; w++) {
        delta[w] = trendAfter.get("overdue").get(w).asLong() - trendBefore.get("overdue").get(w).asLong();
      }
      long[] expected = new long[thisWeek + 1];
      expected[thisWeek] = MANY + 2; // the paused two as well: the trend judges a clock by its dates
      expected[lateWeek] += 1;
      assertThat(delta).containsExactly(expected);
    } finally {
      jdbc.sql("DELETE FROM case_clock WHERE case_id IN (SELECT id FROM report_case WHERE tracking_code LIKE 'DBT%')")
          .update();
      jdbc.sql("DELETE FROM report_case WHERE tracking_code LIKE 'DBT%'").update();
    }
  }

  @Test
  void clocksCarryTheirCasesUnitAndCategoryForTheFilteredSlaList() throws Exception {
    String code = submitByStaff(complaint(), Channel.PAPER, OffsetDateTime.now().minusDays(20)).trackingCode();
    assertThat(clockColumns(code, "ACKNOWLEDGEMENT")).containsExactly("SO-GD-DT", null, "COMPLAINT");
    completeAs("tiepnhan", code, java.util.Map.of("category", "TO_CAO", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    // classification reaches the clocks that were running and those started after it
    assertThat(jdbc.sql("SELECT COUNT(*) FROM case_clock k JOIN report_case c ON c.id = k.case_id"
            + " WHERE c.tracking_code = :c AND (k.category IS NULL OR k.category <> 'TO_CAO')")
        .param("c", code).query(Long.class).single()).isZero();
    assertThat(clockColumns(code, "RESOLUTION")).containsExactly("SO-GD-DT", "TO_CAO", "COMPLAINT");
    String state = jdbc.sql("SELECT k.state FROM case_clock k JOIN report_case c ON c.id = k.case_id"
        + " WHERE c.tracking_code = :c AND k.kind = 'RESOLUTION'").param("c", code).query(String.class).single();
    String byUnit = http.withBasicAuth("giamsat", "demo").getForObject(
        "/api/sla/cases?state=" + state + "&unit=SO-GD-DT&type=TO_CAO&size=200", String.class);
    assertThat(json.readTree(byUnit).get("items").toString()).contains(code);
    String otherUnit = http.withBasicAuth("giamsat", "demo").getForObject(
        "/api/sla/cases?state=" + state + "&unit=SO-Y-TE&size=200", String.class);
    assertThat(otherUnit).doesNotContain(code);
  }

  private java.util.List<String> clockColumns(String code, String kind) {
    return jdbc.sql("SELECT k.unit_code, k.category, k.report_type FROM case_clock k JOIN report_case c ON c.id = k.case_id"
            + " WHERE c.tracking_code = :c AND k.kind = :kind")
        .param("c", code).param("kind", kind).query((rs, i) -> java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3)))
        .single();
  }

  private String page() {
    return http.withBasicAuth("giamsat", "demo").getForObject("/staff/dashboard", String.class);
  }

  private JsonNode trend() throws Exception {
    return json.readTree(http.withBasicAuth("giamsat", "demo").getForObject("/staff/dashboard/trend", String.class));
  }

  private static long kpi(String page, String state) {
    Matcher m = Pattern.compile("id=\"kpi-" + state + "\">\\s*<span class=\"n\">(\\d+)</span>").matcher(page);
    assertThat(m.find()).as("KPI " + state).isTrue();
    return Long.parseLong(m.group(1));
  }
}
