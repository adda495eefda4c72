package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * "Ghi nhận đề nghị khen thưởng" (its rules: {@link CommendationProposalRules}): the level of the official's unit, which
 * the commendation-level table reads, the form proposed as the next forms show it, and the proposal in the history,
 * once per pass.
 */
@Component("recordCommendationProposal")
public class RecordCommendationProposal implements JavaDelegate {

  private final CaseSteps steps;
  private final ReferenceData reference;

  public RecordCommendationProposal(CaseSteps steps, ReferenceData reference) {
    this.steps = steps;
    this.reference = reference;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    Award award = Award.valueOf(Decisions.text(execution.getVariable(AWARD)));
    CaseRecord c = step.theCase();
    String level = reference.official(c.officialBadgeCode()).flatMap(o -> reference.unit(o.unitCode()))
        .map(ReferenceData.Unit::level).orElse("PROVINCE");
    execution.setVariable(UNIT_LEVEL, level);
    execution.setVariable(AWARD_TEXT, award.label());
    step.record("COMMENDATION_PROPOSED", "Đề nghị " + award.label() + ": " + Decisions.text(execution.getVariable(ACHIEVEMENT)));
  }
}
