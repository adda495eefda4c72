package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.casefile.CaseVariables.CASE_ID;
import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/**
 * "Vào sổ và thông báo quyết định kỷ luật": the discipline register, the decision to the official with
 * the 15 days to appeal, and to the complainant only that the official was disciplined. Idempotent.
 */
@Component("registerDisciplineDecision")
public class RegisterDisciplineDecision implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final DisciplineRegister register;
  private final Outbox outbox;
  private final ComplainantNotices complainants;
  private final CaseHistory history;
  private final DeskClock clock;

  public RegisterDisciplineDecision(CaseRepository cases, ReferenceData reference, DisciplineRegister register,
      Outbox outbox, ComplainantNotices complainants, CaseHistory history, DeskClock clock) {
    this.cases = cases;
    this.reference = reference;
    this.register = register;
    this.outbox = outbox;
    this.complainants = complainants;
    this.history = history;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = (Long) execution.getVariable(CASE_ID);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    Sanction sanction = Sanction.valueOf((String) execution.getVariable(SANCTION));
    LocalDate decided = ((Date) execution.getVariable(DECISION_DATE)).toInstant().atZone(clock.zone()).toLocalDate();
    LocalDate appealDue = decided.plusDays(APPEAL_DAYS);
    String number = (String) execution.getVariable(DECISION_NUMBER);
    register.register(caseId, c.officialBadgeCode(), sanction, (String) execution.getVariable(RECOMMENDED_SANCTION),
        (String) execution.getVariable(SANCTION_REASON), number, decided, (String) execution.getVariable(DECIDED_BY), appealDue);
    execution.setVariable(APPEAL_DUE, clock.endOf(appealDue));
    reference.official(c.officialBadgeCode()).filter(o -> o.email() != null).ifPresent(o -> outbox.enqueue(caseId,
        "DISCIPLINE_DECISION_OFFICIAL:" + caseId, NoticeKind.DISCIPLINE_DECISION, o.email(),
        "[" + c.trackingCode() + "] Quyết định kỷ luật số " + number,
        "Kính gửi " + o.fullName() + ",\n\nQuyết định số " + number + " ngày " + ComplainantNotices.date(decided)
            + " áp dụng hình thức kỷ luật: " + sanction.label() + ".\nĐồng chí có quyền khiếu nại quyết định này trong thời hạn "
            + APPEAL_DAYS + " ngày, đến hết ngày " + ComplainantNotices.date(appealDue) + " (Điều 48 Luật Khiếu nại 2011).\n\nTrân trọng."));
    String text = "Người bị phản ánh đã bị xem xét, xử lý kỷ luật theo quy định.";
    cases.recordOutcome(caseId, c.outcome(), c.outcomeText() + ". " + text);
    history.recordOnce(caseId, "DISCIPLINED", text, null, true, "DISCIPLINED:" + caseId);
    complainants.send(c, NoticeKind.DISCIPLINE_RESULT, "Kết quả xem xét xử lý", text);
  }
}
