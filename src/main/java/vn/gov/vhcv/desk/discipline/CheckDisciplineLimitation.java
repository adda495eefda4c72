package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Kiểm tra thời hiệu xử lý kỷ luật": 5 years from the breach where the breach warrants khiển trách, 10 years
 * otherwise — the form comes from the sanction table for the facts as they stand (the proposed severity here; the
 * council's severity is checked again at the council, RecordCouncilMeeting); the days the case waited as postponed
 * (chưa xem xét kỷ luật) do not count.
 */
@Component("checkDisciplineLimitation")
public class CheckDisciplineLimitation implements JavaDelegate {

  private final DeskClock clock;
  private final SanctionTable table;

  public CheckDisciplineLimitation(DeskClock clock, SanctionTable table) {
    this.clock = clock;
    this.table = table;
  }

  @Override
  public void execute(DelegateExecution execution) {
    check(execution, Severity.valueOf((String) execution.getVariable(SEVERITY)), clock, table);
  }

  /** Sets whether the limitation has run out for the breach at {@code severity}; returns it. */
  static boolean check(org.camunda.bpm.engine.delegate.VariableScope execution, Severity severity, DeskClock clock,
      SanctionTable table) {
    LocalDate breach = Decisions.day(execution.getVariable(BREACH_DATE), clock.zone(), "Ngày vi phạm", "Chưa có ngày vi phạm");
    long paused = ((Number) execution.getVariable(PAUSED_DAYS)).longValue();
    SanctionTable.Answer warranted = table.evaluate((String) execution.getVariable(OFFICIAL_KIND),
        Boolean.TRUE.equals(execution.getVariable(OFFICIAL_LEADER)), severity,
        Sanction.valueOf((String) execution.getVariable(PRIOR_SANCTION)),
        Boolean.TRUE.equals(execution.getVariable(SERVING_DISCIPLINE)));
    LocalDate ends = SanctionTable.limitationEnds(breach, warranted.form(), paused);
    boolean expired = clock.today().isAfter(ends);
    execution.setVariable(LIMITATION_EXPIRED, expired);
    execution.setVariable(LIMITATION_YEARS, warranted.limitationYears());
    execution.setVariable(LIMITATION_ENDS_TEXT, Dates.text(ends));
    return expired;
  }
}
