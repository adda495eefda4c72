package vn.gov.vhcv.desk.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.CaseScenarios;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/** A second letter about an official with an open case is suggested as a duplicate and merged on intake's word. */
class DuplicateCaseTest extends CaseScenarios {

  @Autowired CaseRepository cases;
  @Autowired CaseHistory history;
  @Autowired Outbox outbox;

  static ReportRequest about(String badge) {
    return new ReportRequest(ReportType.COMPLAINT, "Cán bộ quát nạt người dân tại bộ phận một cửa, không hướng dẫn.",
        null, new ReportRequest.OfficialRef(badge, null, null), null, false,
        new ReportRequest.ComplainantData("Phạm Văn Bình", null, "binh.pham@example.com", null));
  }

  @Test
  void secondLetterAboutTheSameOfficialIsSuggestedAndMergedIntoTheOpenCase() {
    String first = submit(about("VH000139")).trackingCode();
    accept(first, "PHAN_ANH", "B02");
    String second = submit(about("VH000139")).trackingCode();
    var pi = mainInstance(second);
    assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "possibleDuplicates")).contains(first);
    completeAs("tiepnhan", second, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "MERGE",
        "mergeIntoCode", first));
    runCaseJobs(second);
    assertThat(pi).hasPassed("mergeCase", "caseMerged").isEnded();
    long id = cases.getByTrackingCode(second).id();
    long target = cases.getByTrackingCode(first).id();
    assertThat(jdbc.sql("SELECT linked_case_id FROM case_link WHERE case_id = :id").param("id", id).query(Long.class).single())
        .isEqualTo(target);
    assertThat(outbox.countFor(id, NoticeKind.MERGED)).isEqualTo(1);
    assertThat(history.allEntries(target)).extracting(CaseHistory.Entry::kind).contains("CASE_MERGED_IN");
    assertThat(mainInstance(first)).isWaitingAt("investigateCase");
  }

  @Test
  void hundredsOfOpenLettersAboutOnePersonAreCountedAndTheNewestNamedAndIntakeKeepsWorking() {
    // a viral video: 300 open cases about one official (the list once outgrew the engine's 4,000-character
    // text column and every further letter about that person failed)
    String oldest = submit(about("VH000137")).trackingCode();
    copyAsOpenStandIns(oldest, "VIRAL-", 299);
    try {
      String newest = submit(about("VH000137")).trackingCode();
      String text = (String) engine.getRuntimeService().getVariable(mainInstance(newest).getId(), "possibleDuplicates");
      long open = jdbc.sql("SELECT COUNT(*) FROM report_case WHERE official_badge_code = 'VH000137' AND closed_at IS NULL")
          .query(Long.class).single() - 1;
      assertThat(open).isGreaterThanOrEqualTo(300);
      assertThat(text).startsWith("Có " + open + " hồ sơ đang giải quyết về cùng người").hasSizeLessThan(1000)
          .doesNotContain(newest);
      assertThat(text.split("VIRAL-")).hasSize(11);
      assertThat(mainInstance(newest)).isWaitingAt("classifyCase");
    } finally {
      // the stand-ins have no process: leave no such rows for the tests that share the database
      jdbc.sql("DELETE FROM report_case WHERE tracking_code LIKE 'VIRAL-%'").update();
    }
  }

  @Test
  void pastAThousandOpenLettersTheSuggestionSaysMoreThanAThousand() {
    String oldest = submit(about("VH000129")).trackingCode();
    copyAsOpenStandIns(oldest, "VIRAL2-", 1_100);
    // newer than any open letter other tests left about the same official (some run on a clock in 2027)
    jdbc.sql("UPDATE report_case SET received_at = :far WHERE tracking_code LIKE 'VIRAL2-%'")
        .param("far", java.time.OffsetDateTime.parse("2099-01-01T08:00:00+07:00")).update();
    try {
      String newest = submit(about("VH000129")).trackingCode();
      String text = (String) engine.getRuntimeService().getVariable(mainInstance(newest).getId(), "possibleDuplicates");
      assertThat(text).startsWith("Có hơn 1.000 hồ sơ đang giải quyết về cùng người; 10 hồ sơ nhận gần nhất: ")
          .doesNotContain(newest);
      assertThat(text.split("VIRAL2-")).hasSize(11);
      assertThat(mainInstance(newest)).isWaitingAt("classifyCase");
    } finally {
      jdbc.sql("DELETE FROM report_case WHERE tracking_code LIKE 'VIRAL2-%'").update();
    }
  }

  /** {@code count} open cases without a process, copies of {@code code}, named {@code prefix1, prefix2, …}. */
  private void copyAsOpenStandIns(String code, String prefix, int count) {
    for (int i = 1; i <= count; i++) {
      jdbc.sql("""
          INSERT INTO report_case (tracking_code, access_code_hash, report_type, category, status, channel, description,
                                   official_badge_code, unit_code, anonymous, received_at, created_at, updated_at)
          SELECT :copy, access_code_hash, report_type, 'PHAN_ANH', 'RECEIVED', channel, description, official_badge_code,
                 unit_code, anonymous, received_at, created_at, updated_at FROM report_case WHERE tracking_code = :code""")
          .param("copy", prefix + i).param("code", code).update();
    }
  }

  @Test
  void letterCannotBeMergedIntoACaseAboutSomeoneElse() {
    String other = submit(about("VH000138")).trackingCode();
    String code = submit(about("VH000136")).trackingCode();
    assertThatThrownBy(() -> completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02",
        "intakeDecision", "MERGE", "mergeIntoCode", other)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("cùng người bị phản ánh");
    assertThat(mainInstance(code)).isWaitingAt("classifyCase");
  }
}
