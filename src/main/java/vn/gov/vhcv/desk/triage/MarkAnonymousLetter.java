package vn.gov.vhcv.desk.triage;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * "Xác định đơn ẩn danh": tells the process whether the accepted letter is anonymous — it then goes to an internal
 * inspection, without a statutory clock (Luật Tố cáo 2018 Điều 25) — from the case, never from what a form sent.
 */
@Component("markAnonymousLetter")
public class MarkAnonymousLetter implements JavaDelegate {

  public static final String ANONYMOUS_LETTER = "anonymousLetter";

  private final CaseRepository cases;

  public MarkAnonymousLetter(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ANONYMOUS_LETTER, cases.findById(cases.caseIdOf(execution)).orElseThrow().anonymous());
  }
}
