package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.triage.Decisions;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Refusal;

/** "Tổ chức đối thoại" (khiếu nại, Điều 30 Luật Khiếu nại 2011): the date and the minutes. */
@Component("recordDialogue")
public class RecordDialogue implements TaskListener {

  private final CaseHistory history;
  private final Actors actors;

  private final CaseRepository cases;

  public RecordDialogue(CaseRepository cases, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getVariable(DIALOGUE_DATE) == null) {
      throw new Refusal("Chưa ghi ngày đối thoại");
    }
    String summary = Decisions.requireText(task.getVariable(DIALOGUE_SUMMARY), 20,
        "Phải tóm tắt biên bản đối thoại (ít nhất 20 ký tự)");
    history.record(cases.caseIdOf(task), "DIALOGUE_HELD", "Đối thoại: " + summary, actors.completing(task), false);
  }
}
