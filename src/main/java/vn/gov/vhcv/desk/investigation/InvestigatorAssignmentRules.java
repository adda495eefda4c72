package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Phân công người xác minh" is complete with an investigator of the case's unit. "Ghi nhận phân công người xác minh"
 * ({@link RecordInvestigatorAssignment}) then looks for a conflict of interest (the official themself, their unit or a
 * unit above it), which sends the case back to be assigned again, and writes either down.
 */
@Component("investigatorAssignmentRules")
public class InvestigatorAssignmentRules implements TaskListener {

  private final UnitInvestigators investigators;

  public InvestigatorAssignmentRules(UnitInvestigators investigators) {
    this.investigators = investigators;
  }

  @Override
  public void notify(DelegateTask task) {
    String investigator = Decisions.requireText(task.getVariable(INVESTIGATOR_ID), 1, "Chưa chọn người xác minh");
    var choices = investigators.of(task);
    if (!choices.containsKey(investigator)) {
      throw new Refusal("Tài khoản '" + investigator + "' không thuộc nhóm Xác minh của đơn vị giải quyết hồ sơ. Chọn một trong:\n"
          + UnitInvestigators.list(choices));
    }
  }
}
