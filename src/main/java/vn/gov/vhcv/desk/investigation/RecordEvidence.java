package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/** "Ghi nhận chứng cứ vào hồ sơ": the evidence gathered, or the extension requested with its reason, in the history. */
@Component("recordEvidence")
public class RecordEvidence implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final Actors actors;

  public RecordEvidence(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    if ("REQUEST_EXTENSION".equals(Decisions.text(execution.getVariable(EVIDENCE_NEXT_STEP)))) {
      history.recordStep(execution, caseId, "EXTENSION_REQUESTED",
          "Đề nghị gia hạn: " + Decisions.text(execution.getVariable(EXTENSION_REASON)), actors.current());
    } else {
      history.recordStep(execution, caseId, "EVIDENCE_GATHERED",
          "Chứng cứ: " + Decisions.text(execution.getVariable(EVIDENCE_SUMMARY)), actors.current());
    }
  }
}
