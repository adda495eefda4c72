package vn.gov.vhcv.desk.triage;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.Complexity;
import vn.gov.vhcv.desk.clock.CountedFrom;
import vn.gov.vhcv.desk.clock.SlaPolicy;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * Checks and records intake's classification when "Phân loại và xử lý đơn" is completed. A wrong
 * value refuses the completion with a clear message, and nothing changes. The acknowledgement clock
 * follows the category (a tố cáo has 7 working days).
 */
@Component("applyClassification")
public class ApplyClassification implements TaskListener {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final CaseClocks clocks;
  private final SlaPolicy sla;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;
  private final DeskClock clock;
  private final OfficialIdentification officials;

  public ApplyClassification(CaseRepository cases, ReferenceData reference, CaseClocks clocks, SlaPolicy sla,
      CaseHistory history, AuditLog audit, Actors actors, DeskClock clock, OfficialIdentification officials) {
    this.officials = officials;
    this.cases = cases;
    this.reference = reference;
    this.clocks = clocks;
    this.sla = sla;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    Category category = Decisions.parse(Category.class, task.getVariable(CATEGORY), "Chưa chọn loại đơn hợp lệ");
    IntakeDecision decision = Decisions.parse(IntakeDecision.class, task.getVariable(INTAKE_DECISION),
        "Chưa chọn quyết định xử lý đơn (thụ lý, từ chối hoặc chuyển đơn)");
    String conduct = Decisions.text(task.getVariable(CONDUCT_CODE));
    if (!reference.conductCodeExists(conduct)) {
      throw new Refusal("Mã hành vi '" + conduct + "' không có trong danh mục văn hóa công vụ");
    }
    String badge = Decisions.text(task.getVariable(OFFICIAL_BADGE_CODE));
    if (badge != null && reference.official(badge).isEmpty()) {
      throw new Refusal("Không tìm thấy cán bộ có mã số thẻ " + badge);
    }
    if (decision == IntakeDecision.REFUSE) {
      Decisions.requireText(task.getVariable(REFUSAL_REASON), 10, "Từ chối thụ lý phải nêu rõ lý do (ít nhất 10 ký tự)");
    }
    if (decision == IntakeDecision.FORWARD) {
      Decisions.requireText(task.getVariable(FORWARD_TO_UNIT), 3, "Chuyển đơn phải ghi rõ cơ quan nhận");
    }
    cases.classify(caseId, category, conduct, null);
    String actor = actors.completing(task);
    if (badge != null) {
      officials.identify(task, caseId, badge, actor);
    }
    CaseRecord c = cases.findById(caseId).orElseThrow();
    java.time.LocalDate receivedOn = c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate();
    clocks.start(caseId, receivedOn, sla.acknowledgement(category));
    if (decision == IntakeDecision.FORWARD) {
      // classification has decided (the intake clock is met); the forwarding itself has its own period, counted from
      // the event its provision names (Luật Tố cáo 2018 Điều 24 khoản 2: from receipt), met by "Chuyển đơn"
      clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
      sla.find(category, ClockKind.FORWARDING, false, Complexity.NORMAL).ifPresent(policy -> clocks.start(caseId,
          policy.countedFrom() == CountedFrom.RECEIPT ? receivedOn : clock.today(), policy));
    }
    history.record(caseId, "CLASSIFIED", "Phân loại: " + category.label() + ", hành vi " + conduct + "; quyết định: "
        + decision.label(), actor, false);
    audit.record(actor, "CASE_CLASSIFIED", caseId, "category=" + category + " conduct=" + conduct + " decision=" + decision);
  }
}
