package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;

/** When "Phân loại và xử lý đơn" opens: the open cases about the same official, for intake to consider merging. */
@Component("suggestDuplicates")
public class SuggestDuplicates implements TaskListener {

  public static final String POSSIBLE_DUPLICATES = "possibleDuplicates";
  /** How many open cases the suggestion names. */
  static final int SHOWN = 10;
  /** Open cases about one official counted at most; beyond it the suggestion says "more than". */
  static final int COUNT_CAP = 1_000;
  private static final String COUNT_CAP_TEXT = "1.000";

  private final CaseRepository cases;
  private final JdbcClient jdbc;

  public SuggestDuplicates(CaseRepository cases, JdbcClient jdbc) {
    this.cases = cases;
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseRecord c = cases.findById(cases.caseIdOf(task)).orElseThrow();
    if (c.officialBadgeCode() == null) {
      task.setVariable(POSSIBLE_DUPLICATES, "Không có (chưa xác định người bị phản ánh)");
      return;
    }
    // a viral video brings thousands of letters about one person: name the most recent few and count the rest up
    // to a cap (the variable must stay well inside the engine's 4,000-character text column; beyond the cap the
    // number tells the handler nothing more, and counting them all slowed each registration of a spike)
    long total = jdbc.sql("""
            SELECT COUNT(*) FROM (SELECT id FROM report_case WHERE official_badge_code = :b AND closed_at IS NULL
               AND id <> :id FETCH FIRST :cap ROWS ONLY) open_cases""")
        .param("b", c.officialBadgeCode()).param("id", c.id()).param("cap", COUNT_CAP + 1).query(Long.class).single();
    var recent = jdbc.sql("""
            SELECT tracking_code, received_at FROM report_case WHERE official_badge_code = :b AND id <> :id
               AND closed_at IS NULL ORDER BY received_at DESC, id DESC FETCH FIRST 10 ROWS ONLY""")
        .param("b", c.officialBadgeCode()).param("id", c.id())
        .query((rs, i) -> rs.getString(1) + " (nhận " + Dates.text(
            rs.getObject(2, java.time.OffsetDateTime.class).toLocalDate()) + ")").list();
    String text;
    if (total == 0) {
      text = "Không có hồ sơ đang giải quyết về cùng người";
    } else if (total <= SHOWN) {
      text = "Hồ sơ đang giải quyết về cùng người: " + String.join("; ", recent);
    } else {
      text = (total > COUNT_CAP ? "Có hơn " + COUNT_CAP_TEXT : "Có " + total) + " hồ sơ đang giải quyết về cùng người; " + SHOWN + " hồ sơ nhận gần nhất: "
          + String.join("; ", recent) + " (xem đủ danh sách trên bảng theo dõi)";
    }
    task.setVariable(POSSIBLE_DUPLICATES, text);
  }
}
