package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/** "Ghi nhận giải trình vào hồ sơ": the explanation received, or that none was given, in the case history. */
@Component("recordExplanation")
public class RecordExplanation implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final Actors actors;

  public RecordExplanation(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String message = "RECEIVED".equals(Decisions.text(execution.getVariable(EXPLANATION_RECEIVED)))
        ? "Đã nhận văn bản giải trình: " + Decisions.text(execution.getVariable(EXPLANATION_SUMMARY))
        : "Người bị phản ánh không giải trình trong thời hạn";
    history.recordStep(execution, cases.caseIdOf(execution), "EXPLANATION_RECORDED", message, actors.current());
  }
}
