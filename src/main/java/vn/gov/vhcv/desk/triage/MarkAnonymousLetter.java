package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** Tells the process whether the letter is anonymous (it then goes to an internal inspection, without a statutory clock). */
@Component("markAnonymousLetter")
public class MarkAnonymousLetter implements TaskListener {

  public static final String ANONYMOUS_LETTER = "anonymousLetter";

  private final CaseRepository cases;

  public MarkAnonymousLetter(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setVariable(ANONYMOUS_LETTER, cases.findById(cases.caseIdOf(task)).orElseThrow().anonymous());
  }
}
