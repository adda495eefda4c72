package vn.gov.vhcv.desk.triage;

import static vn.gov.vhcv.desk.casefile.CaseVariables.CASE_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.notification.ComplainantNotices;

/** When "Phân loại và xử lý đơn" opens: the open cases about the same official, for intake to consider merging. */
@Component("suggestDuplicates")
public class SuggestDuplicates implements TaskListener {

  public static final String POSSIBLE_DUPLICATES = "possibleDuplicates";

  private final CaseRepository cases;
  private final JdbcClient jdbc;

  public SuggestDuplicates(CaseRepository cases, JdbcClient jdbc) {
    this.cases = cases;
    this.jdbc = jdbc;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseRecord c = cases.findById((Long) task.getVariable(CASE_ID)).orElseThrow();
    if (c.officialBadgeCode() == null) {
      task.setVariable(POSSIBLE_DUPLICATES, "Không có (chưa xác định người bị phản ánh)");
      return;
    }
    var open = jdbc.sql("""
            SELECT tracking_code, received_at FROM report_case WHERE official_badge_code = :b AND id <> :id
               AND closed_at IS NULL ORDER BY received_at""")
        .param("b", c.officialBadgeCode()).param("id", c.id())
        .query((rs, i) -> rs.getString(1) + " (nhận " + ComplainantNotices.date(
            rs.getObject(2, java.time.OffsetDateTime.class).toLocalDate()) + ")").list();
    task.setVariable(POSSIBLE_DUPLICATES, open.isEmpty() ? "Không có hồ sơ đang giải quyết về cùng người"
        : "Hồ sơ đang giải quyết về cùng người: " + String.join("; ", open));
  }
}
