package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.OfficialNotices;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Vào sổ và thông báo quyết định kỷ luật": the discipline register, the decision to the official with
 * their right to appeal within 15 days of receiving it, and to the complainant only that the official was
 * disciplined. Idempotent.
 */
@Component("registerDisciplineDecision")
public class RegisterDisciplineDecision implements JavaDelegate {

  private final CaseRepository cases;
  private final DisciplineRegister register;
  private final OfficialNotices officials;
  private final ComplainantNotices complainants;
  private final DeskClock clock;

  private final AppealPeriod appealPeriod;

  public RegisterDisciplineDecision(AppealPeriod appealPeriod, CaseRepository cases, DisciplineRegister register,
      OfficialNotices officials, ComplainantNotices complainants, DeskClock clock) {
    this.appealPeriod = appealPeriod;
    this.cases = cases;
    this.register = register;
    this.officials = officials;
    this.complainants = complainants;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    Sanction sanction = Sanction.valueOf((String) execution.getVariable(SANCTION));
    LocalDate decided = Decisions.day(execution.getVariable(DECISION_DATE), clock.zone(), "Ngày ký quyết định kỷ luật",
        "Chưa có ngày ký quyết định kỷ luật");
    // the appeal period runs from the day the official receives the decision (recordDecisionReceipt sets it);
    // until then the register holds the earliest possible end, so the decision counts as open from the start
    LocalDate earliestAppealDue = appealPeriod.lastDay(decided);
    String number = (String) execution.getVariable(DECISION_NUMBER);
    register.register(caseId, c.officialBadgeCode(), sanction, (String) execution.getVariable(RECOMMENDED_SANCTION),
        (String) execution.getVariable(SANCTION_REASON), number, decided, (String) execution.getVariable(DECIDED_BY),
        earliestAppealDue);
    // to the official (else their unit), from its template, never naming the complainant (OfficialNotices)
    officials.disciplineDecision(c, sanction.label(), number, decided, appealPeriod.days());
    String text = "Người bị phản ánh đã bị xem xét, xử lý kỷ luật theo quy định.";
    cases.recordOutcome(caseId, c.outcome(), c.outcomeText() + ". " + text);
    complainants.tell(c, "DISCIPLINED", NoticeKind.DISCIPLINE_RESULT, text);
  }
}
