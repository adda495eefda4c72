package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseVariables;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;

/** Completing "Báo cáo cấp trên về tố cáo quá hạn": records the report and stops its 5-working-day clock. */
@Component("recordSuperiorReport")
public class RecordSuperiorReport implements TaskListener {

  private final CaseClocks clocks;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordSuperiorReport(CaseRepository cases, CaseClocks clocks, CaseHistory history, AuditLog audit, Actors actors) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    Object report = task.getVariable("progressReport");
    if (!(report instanceof String text) || text.strip().length() < 20) {
      throw new Refusal("Ghi báo cáo tiến độ, lý do chậm và hướng giải quyết (ít nhất 20 ký tự)");
    }
    long caseId = cases.caseIdOf(task);
    String actor = actors.completing(task);
    clocks.complete(caseId, ClockKind.SUPERIOR_REPORT);
    history.record(caseId, "SUPERIOR_REPORT", "Báo cáo " + task.getVariable("superiorUnitName")
        + " về tố cáo quá hạn giải quyết: " + text.strip(), actor, false);
    audit.record(actor, "SUPERIOR_REPORT_SENT", caseId, null);
  }
}
