package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** "Ghi nhận hết thời hiệu": the official can no longer be disciplined; the reason is on the case. */
@Component("recordTimeBarred")
public class RecordTimeBarred implements JavaDelegate {

  private final CaseHistory history;
  private final AuditLog audit;
  private final CaseClocks clocks;

  private final CaseRepository cases;

  public RecordTimeBarred(CaseRepository cases, CaseHistory history, AuditLog audit, CaseClocks clocks) {
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    String text = "Không xử lý kỷ luật: đã hết thời hiệu xử lý kỷ luật (" + execution.getVariable(LIMITATION_YEARS) + " năm, hết ngày " + execution.getVariable(LIMITATION_ENDS_TEXT) + ")";
    execution.setVariable(OUTCOME, "TIME_BARRED");
    // time-barred after a postponement: the handling clock that ran before ends here
    clocks.complete(caseId, ClockKind.DISCIPLINE);
    history.recordOnce(caseId, "DISCIPLINE_TIME_BARRED", text, null, false, "DISCIPLINE_TIME_BARRED:" + caseId);
    audit.record("system", "DISCIPLINE_TIME_BARRED", caseId, text);
  }
}
