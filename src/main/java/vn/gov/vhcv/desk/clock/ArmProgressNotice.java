package vn.gov.vhcv.desk.clock;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.notification.ComplainantNotices;

/**
 * "Tính kỳ báo tiến độ tiếp theo": whether the complainant is owed progress notices on this clock and when
 * the next one is due. Sets {@code progressState}: ACTIVE with {@code progressAt}; PAUSED (the clock stands
 * still, only a change can wake it); NONE (the clock is met, its kind has no progress notices, the case is
 * closed or the sender left no e-mail address, e.g. an anonymous letter). Reads only.
 */
@Component("armProgressNotice")
public class ArmProgressNotice implements JavaDelegate {

  private final CaseClocks clocks;
  private final CaseRepository cases;
  private final ComplainantNotices complainants;
  private final ProgressSchedule schedule;

  public ArmProgressNotice(CaseClocks clocks, CaseRepository cases, ComplainantNotices complainants,
      ProgressSchedule schedule) {
    this.clocks = clocks;
    this.cases = cases;
    this.complainants = complainants;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseClock k = clocks.watchedBy(execution).orElse(null);
    CaseRecord c = k == null ? null : cases.findById(k.caseId()).orElse(null);
    if (k == null || c == null || !k.open() || !k.kind().progressNotices() || c.status().isClosed()
        || !complainants.reachable(c.id())) {
      execution.setVariable("progressState", "NONE");
      return;
    }
    if (k.paused()) {
      execution.setVariable("progressState", "PAUSED");
      return;
    }
    execution.setVariable("progressState", "ACTIVE");
    execution.setVariable("progressAt",
        Date.from(schedule.next(k, ProgressSchedule.sentOn(execution.getVariable(ProgressSchedule.SENT_ON)))));
  }
}
