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

/** Completing "Chỉ đạo xử lý hồ sơ quá hạn": the superior's directive goes into the case history (internal). */
@Component("recordDirective")
public class RecordDirective implements TaskListener {

  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordDirective(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    Object directive = task.getVariable("directive");
    if (!(directive instanceof String text) || text.strip().length() < 10) {
      throw new Refusal("Ghi ý kiến chỉ đạo xử lý hồ sơ quá hạn (ít nhất 10 ký tự)");
    }
    long caseId = cases.caseIdOf(task);
    String actor = actors.completing(task);
    history.record(caseId, "ESCALATION_DIRECTIVE", "Chỉ đạo của " + task.getVariable("superiorUnitName")
        + " về hồ sơ quá hạn (" + task.getVariable("clockText") + "): " + text.strip(), actor, false);
    audit.record(actor, "OVERDUE_CASE_DIRECTED", caseId, "clockId=" + task.getVariable(ClockWatchSignals.CLOCK_ID));
  }
}
