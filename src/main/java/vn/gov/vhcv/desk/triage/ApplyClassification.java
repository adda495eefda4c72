package vn.gov.vhcv.desk.triage;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.Complexity;
import vn.gov.vhcv.desk.clock.CountedFrom;
import vn.gov.vhcv.desk.clock.SlaPolicy;

/**
 * "Ghi nhận phân loại đơn" (its rules: {@link ClassificationRules}): the case's category and conduct, the official
 * when intake identified them, and the acknowledgement clock of the category (a tố cáo has 7 working days) — met at
 * once for a letter forwarded, whose forwarding period starts instead. The classification is in the history and the
 * audit log, once per pass.
 */
@Component("applyClassification")
public class ApplyClassification implements JavaDelegate {

  private final CaseSteps steps;
  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final SlaPolicy sla;
  private final DeskClock clock;
  private final OfficialIdentification officials;

  public ApplyClassification(CaseSteps steps, CaseRepository cases, CaseClocks clocks, SlaPolicy sla, DeskClock clock,
      OfficialIdentification officials) {
    this.steps = steps;
    this.cases = cases;
    this.clocks = clocks;
    this.sla = sla;
    this.clock = clock;
    this.officials = officials;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    long caseId = step.caseId();
    Category category = Category.valueOf(Decisions.text(execution.getVariable(CATEGORY)));
    IntakeDecision decision = IntakeDecision.valueOf(Decisions.text(execution.getVariable(INTAKE_DECISION)));
    String conduct = Decisions.text(execution.getVariable(CONDUCT_CODE));
    String badge = Decisions.text(execution.getVariable(OFFICIAL_BADGE_CODE));
    String actor = step.actor();
    cases.classify(caseId, category, conduct, null);
    if (badge != null) {
      officials.identify(execution, caseId, badge, actor);
    }
    CaseRecord c = step.theCase();
    LocalDate receivedOn = c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate();
    clocks.start(caseId, receivedOn, sla.acknowledgement(category));
    if (decision == IntakeDecision.FORWARD) {
      // classification has decided (the intake clock is met); the forwarding itself has its own period, counted from
      // the event its provision names (Luật Tố cáo 2018 Điều 24 khoản 2: from receipt), met by "Chuyển đơn"
      clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
      sla.find(category, ClockKind.FORWARDING, false, Complexity.NORMAL).ifPresent(policy -> clocks.start(caseId,
          policy.countedFrom() == CountedFrom.RECEIPT ? receivedOn : clock.today(), policy));
    }
    step.record("CLASSIFIED", "Phân loại: " + category.label() + ", hành vi " + conduct + "; quyết định: "
        + decision.label(), "CASE_CLASSIFIED", "category=" + category + " conduct=" + conduct + " decision=" + decision);
  }
}
