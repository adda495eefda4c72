package vn.gov.vhcv.desk.clock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the warnings of a clock are due: at {@code warnPercent} and {@code riskPercent} of its period (07:30 on
 * the first day that much of the period is used) and at breach (00:00 after the due day: the period ends at
 * 24:00 of its last day, Civil Code Art. 148 khoản 6).
 */
final class ClockMilestones {

  static final int BREACH = 100;

  private ClockMilestones() {}

  static Instant at(CaseClock c, int level, ZoneId zone) {
    if (level >= BREACH) {
      return c.dueOn().plusDays(1).atStartOfDay(zone).toInstant();
    }
    LocalDate day = SlaRule.atRiskOn(c.startedOn(), c.dueOn(), level);
    return day.atTime(7, 30).atZone(zone).toInstant();
  }

  /** The highest level whose moment has come (0 when none). */
  static int reached(CaseClock c, Instant now, ZoneId zone) {
    int reached = 0;
    for (int level : levels(c)) {
      if (!now.isBefore(at(c, level, zone))) {
        reached = level;
      }
    }
    return reached;
  }

  /** The level already sent for the clock's current due date. */
  static int notified(CaseClock c) {
    return Objects.equals(c.notifiedDue(), c.dueOn()) ? c.notifiedLevel() : 0;
  }

  /** The next level after {@code done}, or 0 when the breach was the last. */
  static int next(CaseClock c, int done) {
    for (int level : levels(c)) {
      if (level > done) {
        return level;
      }
    }
    return 0;
  }

  static int[] levels(CaseClock c) {
    return new int[] {c.warnPercent(), c.riskPercent(), BREACH};
  }
}
