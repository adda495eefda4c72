package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;

/**
 * "Kiểm tra thời hiệu xử lý kỷ luật": 5 years from the breach where the breach warrants khiển trách, 10 years
 * otherwise — the form comes from the sanction table for the facts as they stand (the proposed severity here; the
 * council's severity is checked again at the council, CouncilMeetingRules and RecordCouncilMeeting); the days the case waited as postponed
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
  static boolean check(VariableScope execution, Severity severity, DeskClock clock, SanctionTable table) {
    SanctionTable.Answer warranted = warranted(execution, severity, table);
    LocalDate ends = ends(execution, warranted, clock);
    boolean expired = clock.today().isAfter(ends);
    execution.setVariable(LIMITATION_EXPIRED, expired);
    execution.setVariable(LIMITATION_YEARS, warranted.limitationYears());
    execution.setVariable(LIMITATION_ENDS_TEXT, Dates.text(ends));
    return expired;
  }

  /** Whether the limitation has run out for the breach at {@code severity}, as {@link #check} sets it, setting nothing. */
  static boolean expired(VariableScope scope, Severity severity, DeskClock clock, SanctionTable table) {
    return clock.today().isAfter(ends(scope, warranted(scope, severity, table), clock));
  }

  private static SanctionTable.Answer warranted(VariableScope scope, Severity severity, SanctionTable table) {
    return table.evaluate((String) scope.getVariable(OFFICIAL_KIND), Boolean.TRUE.equals(scope.getVariable(OFFICIAL_LEADER)),
        severity, Sanction.valueOf((String) scope.getVariable(PRIOR_SANCTION)),
        Boolean.TRUE.equals(scope.getVariable(SERVING_DISCIPLINE)));
  }

  /** The limitation's last day: from the breach, the years the warranted form has, plus the days the case waited. */
  private static LocalDate ends(VariableScope scope, SanctionTable.Answer warranted, DeskClock clock) {
    LocalDate breach = Decisions.day(scope.getVariable(BREACH_DATE), clock.zone(), "Ngày vi phạm", "Chưa có ngày vi phạm");
    long paused = ((Number) scope.getVariable(PAUSED_DAYS)).longValue();
    return SanctionTable.limitationEnds(breach, warranted.form(), paused);
  }
}
