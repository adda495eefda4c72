package vn.gov.vhcv.desk.clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.notification.ComplainantNotices;

/**
 * "Gửi thông tin tiến độ cho người phản ánh": when the clock is still overdue, running and the case open, and
 * the moment of the next notice has really come (a timer armed before a change sends nothing), writes round
 * n+1 of "Thông tin tiến độ" (due date and where the case stands) to the outbox and remembers the round and
 * the day. Idempotent: the outbox key is {@code PROGRESS:<case>:<round>}, and once sent the next moment lies
 * {@value ProgressSchedule#WORKING_DAYS} working days ahead.
 */
@Component("sendProgressNotice")
public class SendProgressNotice implements JavaDelegate {

  private final CaseClocks clocks;
  private final CaseRepository cases;
  private final ComplainantNotices complainants;
  private final ProgressSchedule schedule;
  private final DeskClock clock;

  public SendProgressNotice(CaseClocks clocks, CaseRepository cases, ComplainantNotices complainants,
      ProgressSchedule schedule, DeskClock clock) {
    this.clocks = clocks;
    this.cases = cases;
    this.complainants = complainants;
    this.schedule = schedule;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseClock k = clocks.watchedBy(execution).orElse(null);
    if (k == null || !k.open() || k.paused() || !k.kind().progressNotices()) {
      return;
    }
    CaseRecord c = cases.findById(k.caseId()).orElseThrow();
    if (c.status().isClosed()) {
      return;
    }
    var due = schedule.next(k, ProgressSchedule.sentOn(execution.getVariable(ProgressSchedule.SENT_ON)));
    if (clock.now().isBefore(due)) {
      return; // stale: armed for a due date that has moved since
    }
    int round = ProgressSchedule.round(execution.getVariable(ProgressSchedule.ROUND)) + 1;
    complainants.progress(c, round, k.dueOn(), c.status().publicText());
    execution.setVariable(ProgressSchedule.ROUND, round);
    execution.setVariable(ProgressSchedule.SENT_ON, clock.today().toString());
  }
}
