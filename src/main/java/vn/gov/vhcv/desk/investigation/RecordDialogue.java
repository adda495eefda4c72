package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.DIALOGUE_SUMMARY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;

/** "Ghi nhận biên bản đối thoại": the minutes of the dialogue in the case history. */
@Component("recordDialogue")
public class RecordDialogue implements JavaDelegate {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final Actors actors;

  public RecordDialogue(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    history.recordStep(execution, cases.caseIdOf(execution), "DIALOGUE_HELD",
        "Đối thoại: " + Decisions.text(execution.getVariable(DIALOGUE_SUMMARY)), actors.current());
  }
}
