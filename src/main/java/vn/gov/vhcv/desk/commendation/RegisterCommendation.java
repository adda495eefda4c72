package vn.gov.vhcv.desk.commendation;

import static vn.gov.vhcv.desk.commendation.CommendationVariables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.notification.OfficialNotices;
import vn.gov.vhcv.desk.casefile.Decisions;

/** "Vào sổ khen thưởng và thông báo": the commendation register and the notice to the official. Idempotent. */
@Component("registerCommendation")
public class RegisterCommendation implements JavaDelegate {

  private final CaseRepository cases;
  private final JdbcClient jdbc;
  private final OfficialNotices officials;
  private final DeskClock clock;

  public RegisterCommendation(CaseRepository cases, JdbcClient jdbc, OfficialNotices officials, DeskClock clock) {
    this.cases = cases;
    this.jdbc = jdbc;
    this.officials = officials;
    this.clock = clock;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    Award award = Award.valueOf((String) execution.getVariable(AWARD));
    String approver = String.valueOf(((Map<String, Object>) execution.getVariable(LEVEL)).get("approverTitle"));
    String number = (String) execution.getVariable(DECISION_NUMBER);
    LocalDate date = Decisions.day(execution.getVariable(DECISION_DATE), clock.zone(), "Ngày quyết định khen thưởng",
        "Chưa có ngày quyết định khen thưởng");
    if (jdbc.sql("SELECT COUNT(*) FROM commendation_register WHERE case_id = :id").param("id", caseId).query(Integer.class).single() == 0) {
      jdbc.sql("""
              INSERT INTO commendation_register (case_id, official_badge_code, award, approver_level, decision_number,
                  decision_date, approved_by, created_at)
              VALUES (:id, :b, :award, :level, :no, :date, :by, :now)""")
          .param("id", caseId).param("b", c.officialBadgeCode()).param("award", award.name()).param("level", approver)
          .param("no", number).param("date", date).param("by", execution.getVariable(APPROVED_BY))
          .param("now", clock.nowOffset()).update();
    }
    execution.setVariable(OUTCOME, "AWARDED");
    officials.commendation(c, award.label(), approver, number, date);
  }
}
