package vn.gov.vhcv.desk.discipline;

import static vn.gov.vhcv.desk.discipline.DisciplineVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * "Tổng hợp thông tin người vi phạm": the facts the sanction table needs — kind of official, leadership,
 * severity of the conduct, repeat offence, a discipline being served — and the date of the breach.
 */
@Component("loadDisciplineFacts")
public class LoadDisciplineFacts implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final DisciplineRegister register;
  private final JdbcClient jdbc;
  private final DeskClock clock;

  public LoadDisciplineFacts(CaseRepository cases, ReferenceData reference, DisciplineRegister register, JdbcClient jdbc,
      DeskClock clock) {
    this.cases = cases;
    this.reference = reference;
    this.register = register;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    CaseRecord c = cases.findById(caseId).orElseThrow();
    var official = reference.official(c.officialBadgeCode()).orElseThrow(
        () -> new IllegalStateException("Hồ sơ " + c.trackingCode() + " chưa xác định người bị phản ánh"));
    String severity = jdbc.sql("SELECT default_severity FROM conduct_code WHERE code = :c").param("c", c.conductCode())
        .query(String.class).optional().orElse("LESS_SERIOUS");
    LocalDate breach = c.occurredOn() != null ? c.occurredOn() : c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate();
    execution.setVariable(OFFICIAL_KIND, official.kind());
    execution.setVariable(OFFICIAL_LEADER, official.leader());
    execution.setVariable(SEVERITY, severity);
    execution.setVariable(REPEAT_OFFENCE, register.foundedCasesInLastYear(official.badgeCode()) >= register.repeatThreshold());
    execution.setVariable(SERVING_DISCIPLINE, register.servingDiscipline(official.badgeCode(), caseId));
    execution.setVariable(BREACH_DATE, clock.endOf(breach));
    if (execution.getVariable(PAUSED_DAYS) == null) {
      execution.setVariable(PAUSED_DAYS, 0L);
    }
  }
}
