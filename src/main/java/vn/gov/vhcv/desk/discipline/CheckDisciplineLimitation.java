package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.triage.Decisions;

/**
 * "Kiểm tra thời hiệu xử lý kỷ luật": 5 years from the breach for khiển trách-level conduct, 10 years
 * otherwise; the days the case waited as postponed (chưa xem xét kỷ luật) do not count.
 */
@Component("checkDisciplineLimitation")
public class CheckDisciplineLimitation implements JavaDelegate {

  private final DeskClock clock;

  public CheckDisciplineLimitation(DeskClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate breach = Decisions.day(execution.getVariable(BREACH_DATE), clock.zone(), "Ngày vi phạm", "Chưa có ngày vi phạm");
    long paused = ((Number) execution.getVariable(PAUSED_DAYS)).longValue();
    LocalDate ends = breach.plusYears(Sanction.limitationYears((String) execution.getVariable(SEVERITY))).plusDays(paused);
    execution.setVariable(LIMITATION_EXPIRED, clock.today().isAfter(ends));
    execution.setVariable(LIMITATION_ENDS_TEXT, ComplainantNotices.date(ends));
  }
}
