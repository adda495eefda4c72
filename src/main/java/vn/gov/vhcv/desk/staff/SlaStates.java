package vn.gov.vhcv.desk.staff;

import java.time.LocalDate;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.SlaRule;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.SlaState;

/**
 * The SLA state of a clock as of today, for the case page. The SLA monitor recomputes the stored state once a
 * day ({@code RecomputeSlaStates}); between two runs a clock is judged on read by {@link SlaRule}, the rule the
 * dashboard and {@code GET /api/sla/cases} apply too, so the page is right on the day it is opened.
 */
public final class SlaStates {

  private SlaStates() {}

  public static SlaState onRead(CaseClock k, LocalDate today) {
    return SlaRule.of(k, today);
  }

  public static String text(SlaState s) {
    return switch (s) {
      case ON_TRACK -> "Trong hạn";
      case AT_RISK -> "Sắp đến hạn";
      case OVERDUE -> "Quá hạn";
      case PAUSED -> "Tạm dừng";
      case MET -> "Đã xong";
    };
  }

  public static String kindText(ClockKind k) {
    return vn.gov.vhcv.desk.casefile.CaseLabels.clockKind(k.name());
  }
}
