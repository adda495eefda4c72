package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * "Ghi nhận kết quả cho người gửi", where every end of the commendation meets: the result the sender of a praise
 * reads (a praise letter has no verification conclusion). Nothing internal — neither the block nor the reviewers'
 * reasons. Idempotent: a result already written is not written again.
 */
@Component("recordCommendationOutcome")
public class RecordCommendationOutcome implements JavaDelegate {

  private final CaseRepository cases;

  public RecordCommendationOutcome(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    boolean awarded = "AWARDED".equals(execution.getVariable(OUTCOME));
    if (c.outcome() == null) {
      cases.recordOutcome(caseId, awarded ? "COMMENDED" : "ACKNOWLEDGED", awarded
          ? "Lời khen ngợi của ông/bà đã được ghi nhận; người được khen đã được khen thưởng"
          : "Lời khen ngợi của ông/bà đã được ghi nhận và chuyển đến cơ quan quản lý người được khen");
    } else if (awarded && !c.outcomeText().contains("khen thưởng")) {
      cases.recordOutcome(caseId, c.outcome(), c.outcomeText() + "; người có thành tích đã được khen thưởng");
    }
  }
}
