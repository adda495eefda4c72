package vn.gov.vhcv.desk.discipline;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.Complexity;
import vn.gov.vhcv.desk.clock.SlaPolicy;

/**
 * The official's period to appeal a discipline decision, from the row {@code DISCIPLINE_APPEAL} of
 * {@code sla-policy.dmn} (Luật Khiếu nại 2011 Điều 48: 15 days from receipt) and counted as every period of the desk
 * (BLDS 2015 Điều 147–148: from the day after, a last day on a rest day or holiday moves to the next working day).
 */
@Component
public class AppealPeriod {

  private final SlaPolicy policy;
  private final CaseClocks clocks;

  public AppealPeriod(SlaPolicy policy, CaseClocks clocks) {
    this.policy = policy;
    this.clocks = clocks;
  }

  public int days() {
    return policy.policy(null, ClockKind.DISCIPLINE_APPEAL, false, Complexity.NORMAL).days();
  }

  /** The last day to appeal a decision received on {@code received}. */
  public LocalDate lastDay(LocalDate received) {
    return clocks.dueDate(received, policy.policy(null, ClockKind.DISCIPLINE_APPEAL, false, Complexity.NORMAL));
  }
}
