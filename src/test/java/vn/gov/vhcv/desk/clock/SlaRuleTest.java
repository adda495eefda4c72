package vn.gov.vhcv.desk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.sla.SlaCases;

/**
 * One rule for a clock's SLA state: the dashboard, {@code GET /api/sla/cases}, the case page and the digest's counts
 * judge a clock alike on the same day, at the {@code riskPercent} the clock's policy row gave it.
 */
class SlaRuleTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired CaseClocks clocks;
  @Autowired CaseRepository cases;
  @Autowired SlaPolicy policy;
  @Autowired SlaCases sla;
  @Autowired DeskClock clock;

  @Test
  void aClockWhosePolicyPutsTheRiskAt60PercentIsAtRiskInEveryViewOnTheSameDay() {
    String code = submit(complaint()).trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    long id = cases.getByTrackingCode(code).id();
    CaseClock before = clocks.find(id, ClockKind.RESOLUTION).orElseThrow();
    String unit = clockUnit(before.id());
    long atRiskBefore = digestCount(unit, "AT_RISK");

    // the province's table puts this period's risk warning at 60 % (the shipped table says 75 % everywhere);
    // the clock started 14 days ago, so 60 % of its period is used and 75 % is not yet
    ClockPolicy row = policy.resolution(Category.PHAN_ANH, false);
    ClockPolicy at60 = new ClockPolicy(row.kind(), row.days(), row.dayKind(), row.legalBasis(), 50, 60,
        row.maxExtensions(), row.extensionDays(), row.countedFrom());
    LocalDate today = clock.today();
    CaseClock k = clocks.start(id, today.minusDays(14), at60);
    assertThat(k.riskPercent()).isEqualTo(60);
    assertThat(SlaRule.atRiskOn(k.startedOn(), k.dueOn(), 60)).isBeforeOrEqualTo(today);
    assertThat(SlaRule.atRiskOn(k.startedOn(), k.dueOn(), 75)).as("not yet at risk by 75 %").isAfter(today);

    // the case page
    String page = http.withBasicAuth("giamsat", "demo").getForObject("/staff/cases/" + code, String.class);
    String row75 = page.substring(page.indexOf("<td>Giải quyết</td>"));
    assertThat(row75.substring(0, row75.indexOf("</tr>"))).contains("state-AT_RISK").contains("Sắp đến hạn");
    // GET /api/sla/cases
    ResponseEntity<String> list = http.withBasicAuth("giamsat", "demo")
        .getForEntity("/api/sla/cases?state=AT_RISK&type=PHAN_ANH&size=500&unit=" + unit, String.class);
    assertThat(list.getBody()).contains("\"trackingCode\":\"" + code + "\"");
    assertThat(http.withBasicAuth("giamsat", "demo")
        .getForObject("/api/sla/cases?state=ON_TRACK&type=PHAN_ANH&size=500&unit=" + unit, String.class))
        .doesNotContain(code);
    // the dashboard's at-risk list
    String dashboard = http.withBasicAuth("giamsat", "demo").getForObject("/staff/dashboard", String.class);
    String atRiskTable = dashboard.substring(dashboard.indexOf("<table id=\"at-risk\""));
    assertThat(atRiskTable.substring(0, atRiskTable.indexOf("</table>"))).contains(code);
    // the digest's counts
    assertThat(digestCount(unit, "AT_RISK")).isEqualTo(atRiskBefore + 1);
  }

  @Test
  void theSqlAndTheJavaOfTheRuleGiveTheSameStateForEveryCombinationOfTheStoredFacts() {
    LocalDate today = LocalDate.of(2026, 6, 15);
    List<LocalDate> days = new ArrayList<>(List.of(today.minusDays(1), today, today.plusDays(1)));
    days.add(null);
    OffsetDateTime paused = OffsetDateTime.parse("2026-06-10T09:00:00+07:00");
    int n = 0;
    for (SlaState stored : SlaState.values()) {
      for (OffsetDateTime pausedSince : java.util.Arrays.asList(null, paused)) {
        for (LocalDate due : days.subList(0, 3)) {
          for (LocalDate atRisk : days) {
            SlaRule.Facts facts = new SlaRule.Facts(stored, pausedSince, due, atRisk);
            String sql = jdbc.sql("SELECT " + SlaRule.SQL_AS_OF + " FROM (SELECT CAST(:state AS VARCHAR(12)) AS state,"
                    + " CAST(:paused AS TIMESTAMP WITH TIME ZONE) AS paused_since, CAST(:due AS DATE) AS due_on,"
                    + " CAST(:atRisk AS DATE) AS at_risk_on) x")
                .param("state", stored.name()).param("paused", pausedSince).param("due", due).param("atRisk", atRisk)
                .param("today", today).query(String.class).single();
            assertThat(sql).as(facts.toString()).isEqualTo(SlaRule.of(facts, today).name());
            for (SlaState s : SlaState.values()) {
              long matches = jdbc.sql("SELECT COUNT(*) FROM (SELECT CAST(:state AS VARCHAR(12)) AS state,"
                      + " CAST(:paused AS TIMESTAMP WITH TIME ZONE) AS paused_since, CAST(:due AS DATE) AS due_on,"
                      + " CAST(:atRisk AS DATE) AS at_risk_on) x WHERE " + SlaRule.sqlIs(s, "x"))
                  .param("state", stored.name()).param("paused", pausedSince).param("due", due)
                  .param("atRisk", atRisk).param("today", today).query(Long.class).single();
              assertThat(matches).as(s + " of " + facts).isEqualTo(s.name().equals(sql) ? 1 : 0);
            }
            n++;
          }
        }
      }
    }
    assertThat(n).isEqualTo(SlaState.values().length * 2 * 3 * 4);
  }

  private String clockUnit(long clockId) {
    return jdbc.sql("SELECT unit_code FROM case_clock WHERE id = :id").param("id", clockId).query(String.class).single();
  }

  private long digestCount(String unit, String state) {
    return sla.counts().stream().filter(c -> unit.equals(c.unitCode()) && "PHAN_ANH".equals(c.category())
        && state.equals(c.state())).mapToLong(SlaCases.Count::count).sum();
  }
}
