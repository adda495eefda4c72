package vn.gov.vhcv.desk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.calendar.DayKind;
import vn.gov.vhcv.desk.casefile.Category;

/** One case per row of processes/sla-policy.dmn, evaluated by the engine through the SlaPolicy façade. */
class SlaPolicyTest extends DeskTest {

  /** Keep in step with the table: {@link #everyRuleRowHasACase()} counts both. */
  static final int ROWS_TESTED = 28;

  @Autowired SlaPolicy policy;

  @ParameterizedTest(name = "{0}: {1} {2} remote={3} {4} → {5} {6}, {7}×{8}")
  @CsvSource(nullValues = "NONE", value = {
      "ackToCao,                   ACKNOWLEDGEMENT, TO_CAO,    false, NORMAL,       7,  WORKING,  1, 3,  Luật Tố cáo 2018 Điều 24 khoản 1",
      "ackKhieuNai,                ACKNOWLEDGEMENT, KHIEU_NAI, false, NORMAL,       10, WORKING,  0, 0,  NĐ 124/2020/NĐ-CP Điều 16",
      "ackOther (phản ánh),        ACKNOWLEDGEMENT, PHAN_ANH,  false, NORMAL,       10, WORKING,  0, 0,  Luật Tiếp công dân 2013 Điều 28",
      "ackOther (unclassified),    ACKNOWLEDGEMENT, NONE,      false, NORMAL,       10, WORKING,  0, 0,  Luật Tiếp công dân 2013 Điều 28",
      "resPhanAnh,                 RESOLUTION,      PHAN_ANH,  false, NORMAL,       20, CALENDAR, 0, 0,  QĐ 852/QĐ-BNV",
      "resKhenNgoi,                RESOLUTION,      KHEN_NGOI, false, NORMAL,       20, CALENDAR, 0, 0,  Không có thời hạn luật định",
      "resToCao,                   RESOLUTION,      TO_CAO,    false, NORMAL,       30, CALENDAR, 0, 0,  Luật Tố cáo 2018 Điều 30",
      "resToCaoComplex,            RESOLUTION,      TO_CAO,    false, COMPLEX,      30, CALENDAR, 1, 30, gia hạn 1 lần",
      "resToCaoVeryComplex,        RESOLUTION,      TO_CAO,    true,  VERY_COMPLEX, 30, CALENDAR, 2, 30, gia hạn 2 lần",
      "resKhieuNai,                RESOLUTION,      KHIEU_NAI, false, NORMAL,       30, CALENDAR, 0, 0,  Luật Khiếu nại 2011 Điều 28",
      "resKhieuNaiComplex,         RESOLUTION,      KHIEU_NAI, false, COMPLEX,      45, CALENDAR, 0, 0,  phức tạp không quá 45",
      "resKhieuNaiRemote,          RESOLUTION,      KHIEU_NAI, true,  NORMAL,       45, CALENDAR, 0, 0,  vùng sâu, vùng xa 45",
      "resKhieuNaiRemoteComplex,   RESOLUTION,      KHIEU_NAI, true,  VERY_COMPLEX, 60, CALENDAR, 0, 0,  không quá 60",
      "secondInstance,             SECOND_INSTANCE, KHIEU_NAI, false, NORMAL,       45, CALENDAR, 0, 0,  Điều 37",
      "secondInstanceComplex,      SECOND_INSTANCE, KHIEU_NAI, false, COMPLEX,      60, CALENDAR, 0, 0,  Điều 37",
      "secondInstanceRemote,       SECOND_INSTANCE, KHIEU_NAI, true,  NORMAL,       60, CALENDAR, 0, 0,  Điều 37",
      "secondInstanceRemoteComplex,SECOND_INSTANCE, KHIEU_NAI, true,  COMPLEX,      70, CALENDAR, 0, 0,  không quá 70",
      "secondInstanceToCao,        SECOND_INSTANCE, TO_CAO,    false, NORMAL,       30, CALENDAR, 0, 0,  Luật Tố cáo 2018 Điều 37",
      "secondInstanceToCaoComplex, SECOND_INSTANCE, TO_CAO,    true,  COMPLEX,      30, CALENDAR, 1, 30, Điều 37",
      "secondInstanceToCaoVeryComplex, SECOND_INSTANCE, TO_CAO, false, VERY_COMPLEX, 30, CALENDAR, 2, 30, Điều 37",
      "secondInstanceFiling,       SECOND_INSTANCE_FILING, KHIEU_NAI, false, NORMAL, 30, CALENDAR, 0, 0, Luật Khiếu nại 2011 Điều 33",
      "secondInstanceFilingRemote, SECOND_INSTANCE_FILING, KHIEU_NAI, true, NORMAL,  45, CALENDAR, 0, 0,  Điều 33",
      "forwardingToCao,            FORWARDING,      TO_CAO,    false, NORMAL,       5,  WORKING,  0, 0,  Điều 24 khoản 2",
      "forwardingPhanAnh,          FORWARDING,      PHAN_ANH,  false, NORMAL,       5,  WORKING,  0, 0,  NĐ 92/2017/NĐ-CP",
      "discipline,                 DISCIPLINE,      NONE,      false, NORMAL,       90, CALENDAR, 1, 60, NĐ 172/2025/NĐ-CP",
      "disciplineAppeal,           DISCIPLINE_APPEAL, NONE,    false, NORMAL,       15, CALENDAR, 0, 0,  Luật Khiếu nại 2011 Điều 48",
      "escalationToCao,            ESCALATION,      TO_CAO,    false, NORMAL,       5,  WORKING,  0, 0,  Luật Tố cáo 2018 Điều 38",
      "escalationOther,            ESCALATION,      PHAN_ANH,  false, NORMAL,       5,  WORKING,  0, 0,  5 ngày làm việc",
      "superiorReport,             SUPERIOR_REPORT, TO_CAO,    false, NORMAL,       5,  WORKING,  0, 0,  Luật Tố cáo 2018 Điều 38",
  })
  void ruleRowGivesThePeriodAndItsLegalBasis(String row, ClockKind kind, Category category, boolean remote,
      Complexity complexity, int days, DayKind dayKind, int maxExtensions, int extensionDays, String basis) {
    ClockPolicy p = policy.policy(category, kind, remote, complexity);
    assertThat(p.kind()).isEqualTo(kind);
    assertThat(p.days()).isEqualTo(days);
    assertThat(p.dayKind()).isEqualTo(dayKind);
    assertThat(p.maxExtensions()).isEqualTo(maxExtensions);
    assertThat(p.extensionDays()).isEqualTo(extensionDays);
    assertThat(p.warnPercent()).isEqualTo(50);
    assertThat(p.riskPercent()).isEqualTo(75);
    assertThat(p.legalBasis()).contains(basis);
  }

  @Test
  void everyRuleRowHasACase() throws Exception {
    String dmn = Files.readString(Path.of("processes/sla-policy.dmn"));
    long rules = Pattern.compile("<rule id=").matcher(dmn).results().count();
    // the unclassified acknowledgement row is tested twice (phản ánh and no category)
    assertThat(rules).isEqualTo(ROWS_TESTED);
    assertThat(Pattern.compile("<rule id=\"[^\"]+\">\\s*<description>[^<]{10,}</description>").matcher(dmn).results().count())
        .as("every row annotated with its legal basis").isEqualTo(rules);
  }

  @Test
  void facadeKeepsTheOldCallsWorking() {
    assertThat(policy.acknowledgement(null).days()).isEqualTo(10);
    assertThat(policy.acknowledgement(Category.TO_CAO).days()).isEqualTo(7);
    assertThat(policy.resolution(Category.KHIEU_NAI, true).days()).isEqualTo(45);
  }

  @Test
  void theTableIsEvaluatedOnceForTheSameQuestionNotForEveryClock() {
    policy.forget();
    var decisions = engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(SlaPolicy.DECISION_KEY);
    long before = decisions.count();
    ClockPolicy first = policy.resolution(Category.TO_CAO, false);
    ClockPolicy again = policy.resolution(Category.TO_CAO, false);
    assertThat(again).isEqualTo(first);
    assertThat(first.days()).isEqualTo(30);
    assertThat(decisions.count()).isEqualTo(before + 1);
    policy.forget();
    assertThat(policy.resolution(Category.TO_CAO, false)).isEqualTo(first);
    assertThat(decisions.count()).isEqualTo(before + 2);
  }
}
