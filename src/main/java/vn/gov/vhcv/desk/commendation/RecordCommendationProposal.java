package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Đề nghị khen thưởng" by the managing unit: the form and the achievement (Luật TĐKT 2022, Điều 83). */
@Component("recordCommendationProposal")
public class RecordCommendationProposal implements TaskListener {

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
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    Award award = Decisions.parse(Award.class, task.getVariable(AWARD), "Chưa chọn hình thức khen thưởng đề nghị");
    String achievement = Decisions.requireText(task.getVariable(ACHIEVEMENT), 20,
        "Phải tóm tắt thành tích đề nghị khen thưởng (ít nhất 20 ký tự)");
    CaseRecord c = cases.findById(caseId).orElseThrow();
    String level = reference.official(c.officialBadgeCode()).flatMap(o -> reference.unit(o.unitCode()))
        .map(ReferenceData.Unit::level).orElse("PROVINCE");
    String actor = actors.completing(task);
    task.setVariable(UNIT_LEVEL, level);
    task.setVariable(AWARD_TEXT, award.label());
    task.setVariable(PROPOSED_BY, actor);
    history.record(caseId, "COMMENDATION_PROPOSED", "Đề nghị " + award.label() + ": " + achievement, actor, false);
  }
}
