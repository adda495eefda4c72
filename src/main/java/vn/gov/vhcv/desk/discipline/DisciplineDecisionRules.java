package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.casefile.SignedDecision;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Quyết định kỷ luật" is complete when the competent leader — never one who proposed the sanction ({@link FourEyes})
 * — decides the recommended form, a lighter one or none (with a reason), never a heavier one nor one the law does not
 * know for this official, with the decision's number and date: signed not after today, and not before the review
 * meeting that proposed it (nor, without one, before the handling period began). Who decided is kept: they do not
 * review an appeal against it. "Ghi nhận quyết định kỷ luật" ({@link RecordDisciplineDecision}) writes it down.
 */
@Component("disciplineDecisionRules")
public class DisciplineDecisionRules implements TaskListener {

  private final CaseSteps steps;
  private final DeskClock clock;
  private final CaseClocks clocks;

  public DisciplineDecisionRules(CaseSteps steps, DeskClock clock, CaseClocks clocks) {
    this.steps = steps;
    this.clock = clock;
    this.clocks = clocks;
  }

  @Override
  public void notify(DelegateTask task) {
    var completion = steps.completingByAnother(task, PROPOSED_BY, "decider proposed the sanction",
        "Người đã tham gia đề xuất hình thức kỷ luật (họp kiểm điểm, Hội đồng) không được tự quyết định kỷ luật");
    Sanction sanction = Decisions.parse(Sanction.class, task.getVariable(SANCTION), "Chưa chọn hình thức kỷ luật");
    Sanction recommended = Sanction.valueOf((String) task.getVariable(RECOMMENDED_SANCTION));
    if (!sanction.appliesTo((String) task.getVariable(OFFICIAL_KIND), Boolean.TRUE.equals(task.getVariable(OFFICIAL_LEADER)))) {
      throw new Refusal("Hình thức " + sanction.label() + " không áp dụng cho người bị xem xét kỷ luật này"
          + " (cách chức chỉ áp dụng với người giữ chức vụ; bãi nhiệm chỉ với cán bộ; buộc thôi việc không áp dụng với cán bộ)");
    }
    if (sanction.weight() > recommended.weight()) {
      throw new Refusal("Không được quyết định hình thức nặng hơn hình thức đề xuất (" + recommended.label() + ")");
    }
    String reason = Decisions.text(task.getVariable(SANCTION_REASON));
    if (sanction != recommended && (reason == null || reason.length() < 10)) {
      throw new Refusal("Quyết định hình thức nhẹ hơn đề xuất hoặc không kỷ luật phải nêu lý do (ít nhất 10 ký tự)");
    }
    if (sanction != Sanction.NONE) {
      SignedDecision.number(task.getVariable(DECISION_NUMBER), "Số quyết định không đúng dạng, ví dụ: 125/QĐ-UBND");
      Object review = task.getVariable(REVIEW_MEETING_DATE);
      LocalDate signed = SignedDecision.day(task.getVariable(DECISION_DATE), clock, "Ngày quyết định",
          new SignedDecision.NotBefore("ngày họp kiểm điểm", review == null ? null
              : Decisions.day(review, clock.zone(), "Ngày họp kiểm điểm", "Chưa ghi ngày họp kiểm điểm")),
          new SignedDecision.NotBefore("ngày bắt đầu xem xét kỷ luật",
              clocks.find(completion.caseId(), ClockKind.DISCIPLINE).map(CaseClock::startedOn).orElse(null)));
      task.setVariable(DECISION_DATE, clock.endOf(signed));
    }
    task.setVariable(DECIDED_BY, completion.actor());
  }
}
