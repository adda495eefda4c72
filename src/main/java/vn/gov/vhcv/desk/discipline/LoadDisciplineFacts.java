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
 * "Tổng hợp thông tin người vi phạm": the facts the sanction table needs — kind of official, leadership, the
 * severity the investigator proposed (the conduct code's level only where none was proposed), the official's last
 * discipline on the register before this breach and whether the breach fell within its period of effect — and the
 * date of the breach. The number of founded reports is not among them: it only warns the leader (FlagRepeatOffender).
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
    CaseRecord c = cases.caseOf(execution);
    // the conclusion and its approval refuse a discipline without its official (RecordConclusion, RecordApproval)
    var official = reference.official(c.officialBadgeCode()).orElseThrow(
        () -> new vn.gov.vhcv.desk.casefile.Refusal("Hồ sơ " + c.trackingCode() + " chưa xác định người bị phản ánh "
            + "trong danh sách cán bộ, nên chưa thể xem xét kỷ luật"));
    Severity severity = Severity.of(execution.getVariable(PROPOSED_SEVERITY));
    if (severity == null) {
      severity = conductLevel(jdbc, c.conductCode());
    }
    LocalDate breach = c.occurredOn() != null ? c.occurredOn() : c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate();
    DisciplineRegister.PriorDiscipline prior = register.lastBefore(official.badgeCode(), c.id(), breach);
    execution.setVariable(OFFICIAL_KIND, official.kind());
    execution.setVariable(OFFICIAL_LEADER, official.leader());
    execution.setVariable(SEVERITY, severity.name());
    // the council's form shows the proposed level until the council decides its own
    execution.setVariable(COUNCIL_SEVERITY, severity.name());
    execution.setVariable(PRIOR_SANCTION, prior.sanction().name());
    execution.setVariable(SERVING_DISCIPLINE, prior.servedOn(breach));
    execution.setVariable(BREACH_DATE, clock.endOf(breach));
    if (execution.getVariable(PAUSED_DAYS) == null) {
      execution.setVariable(PAUSED_DAYS, 0L);
    }
  }

  /** The conduct code's level: only a suggestion (less serious where the code names none). */
  static Severity conductLevel(JdbcClient jdbc, String conductCode) {
    Severity level = Severity.of(jdbc.sql("SELECT default_severity FROM conduct_code WHERE code = :c").param("c", conductCode)
        .query(String.class).optional().orElse(null));
    return level == null ? Severity.LESS_SERIOUS : level;
  }
}
