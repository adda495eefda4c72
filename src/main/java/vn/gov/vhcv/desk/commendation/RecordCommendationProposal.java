package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.security.Actors;

/**
 * "Ghi nhận đề nghị khen thưởng" (its rules: {@link CommendationProposalRules}): the level of the official's unit, which
 * the commendation-level table reads, the form proposed as the next forms show it, and the proposal in the history,
 * once per pass.
 */
@Component("recordCommendationProposal")
public class RecordCommendationProposal implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final CaseHistory history;
  private final Actors actors;

  public RecordCommendationProposal(CaseRepository cases, ReferenceData reference, CaseHistory history, Actors actors) {
    this.cases = cases;
    this.reference = reference;
    this.history = history;
    this.actors = actors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    Award award = Award.valueOf(Decisions.text(execution.getVariable(AWARD)));
    CaseRecord c = cases.findById(caseId).orElseThrow();
    String level = reference.official(c.officialBadgeCode()).flatMap(o -> reference.unit(o.unitCode()))
        .map(ReferenceData.Unit::level).orElse("PROVINCE");
    execution.setVariable(UNIT_LEVEL, level);
    execution.setVariable(AWARD_TEXT, award.label());
    history.recordStep(execution, caseId, "COMMENDATION_PROPOSED",
        "Đề nghị " + award.label() + ": " + Decisions.text(execution.getVariable(ACHIEVEMENT)), actors.current());
  }
}
