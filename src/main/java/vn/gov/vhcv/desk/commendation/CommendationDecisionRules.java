package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.casefile.SignedDecision;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.investigation.ApprovalDecision;

/**
 * "Quyết định khen thưởng" is complete with a decision at the level the commendation-level table names, never by
 * whoever proposed it ({@link FourEyes}); a refusal carries its reason. An award needs the guard checked again (a
 * complaint may have arrived meanwhile, NĐ 98/2023 Điều 4) and the decision's number and date: signed not after today
 * and not before the praise was accepted (its resolution period began). "Ghi nhận quyết định khen thưởng"
 * ({@link RecordCommendationDecision}) writes it down.
 */
@Component("commendationDecisionRules")
public class CommendationDecisionRules implements TaskListener {

  private final CommendationGuard guard;
  private final CaseRepository cases;
  private final CaseSteps steps;
  private final DeskClock clock;
  private final CaseClocks clocks;

  public CommendationDecisionRules(CommendationGuard guard, CaseRepository cases, CaseSteps steps,
      DeskClock clock, CaseClocks clocks) {
    this.guard = guard;
    this.cases = cases;
    this.steps = steps;
    this.clock = clock;
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    var completion = steps.completingByAnother(task, PROPOSED_BY, "decider proposed the commendation",
        "Người đề nghị khen thưởng không được tự quyết định khen thưởng");
    ApprovalDecision decision = Decisions.parse(ApprovalDecision.class, task.getVariable(DECISION),
        "Chưa chọn khen thưởng hoặc không khen thưởng");
    if (decision == ApprovalDecision.REJECT) {
      Decisions.requireText(task.getVariable(DECISION_COMMENT), 10, "Không khen thưởng phải nêu lý do (ít nhất 10 ký tự)");
      return;
    }
    long caseId = completion.caseId();
    guard.obstacle(cases.findById(caseId).orElseThrow().officialBadgeCode(), caseId).ifPresent(reason -> {
      throw new Refusal("Không được khen thưởng (NĐ 98/2023/NĐ-CP Điều 4): " + reason);
    });
    SignedDecision.number(task.getVariable(DECISION_NUMBER), "Số quyết định khen thưởng không đúng dạng, ví dụ: 87/QĐ-UBND");
    LocalDate signed = SignedDecision.day(task.getVariable(DECISION_DATE), clock, "Ngày quyết định khen thưởng",
        new SignedDecision.NotBefore("ngày thụ lý đơn",
            clocks.find(caseId, ClockKind.RESOLUTION).map(CaseClock::startedOn).orElse(null)));
    task.setVariable(DECISION_DATE, clock.endOf(signed));
    task.setVariable(APPROVED_BY, completion.actor());
  }
}
