package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;

/** "Gộp đơn trùng": links the letter to the open case, tells the sender, and closes this one. Idempotent. */
@Component("mergeCase")
public class MergeCase implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final CaseHistory history;
  private final ComplainantNotices notices;
  private final JdbcClient jdbc;
  private final DeskClock clock;

  public MergeCase(CaseRepository cases, CaseClocks clocks, CaseHistory history, ComplainantNotices notices,
      JdbcClient jdbc, DeskClock clock) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.notices = notices;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    CaseRecord target = cases.getByTrackingCode((String) execution.getVariable(ClassificationRules.MERGE_INTO));
    if (jdbc.sql("SELECT COUNT(*) FROM case_link WHERE case_id = :a AND linked_case_id = :b").param("a", caseId)
        .param("b", target.id()).query(Integer.class).single() == 0) {
      jdbc.sql("INSERT INTO case_link (case_id, linked_case_id, kind, created_by, created_at) VALUES (:a, :b, 'MERGED_INTO', :by, :at)")
          .param("a", caseId).param("b", target.id()).param("by", "system").param("at", clock.nowOffset()).update();
    }
    String text = "Nội dung đơn trùng với hồ sơ đang được giải quyết; đơn đã được gộp để giải quyết chung. Kết quả sẽ được thông báo theo hồ sơ đó.";
    cases.recordOutcome(caseId, "MERGED", text);
    clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
    cases.close(caseId, CaseStatus.RESOLVED);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    history.recordOnce(caseId, "MERGED", text, null, true, "MERGED:" + caseId);
    history.recordOnce(target.id(), "CASE_MERGED_IN", "Gộp đơn trùng " + c.trackingCode() + " vào hồ sơ này", null, false,
        "MERGED_IN:" + caseId);
    notices.send(c, NoticeKind.MERGED, "Đơn được gộp giải quyết chung", text);
  }
}
