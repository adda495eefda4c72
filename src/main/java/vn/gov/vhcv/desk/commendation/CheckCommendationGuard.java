package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/** "Kiểm tra điều kiện khen thưởng": sets whether the official may be proposed now, and why not. */
@Component("checkCommendationGuard")
public class CheckCommendationGuard implements JavaDelegate {

  private final CaseRepository cases;
  private final CommendationGuard guard;

  public CheckCommendationGuard(CaseRepository cases, CommendationGuard guard) {
    this.cases = cases;
    this.guard = guard;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    var obstacle = guard.obstacle(c.officialBadgeCode(), caseId);
    execution.setVariable(BLOCKED, obstacle.isPresent());
    execution.setVariable(BLOCK_REASON, obstacle.orElse(null));
  }
}
