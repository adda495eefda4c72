package vn.gov.vhcv.desk.casefile;

import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;

/**
 * The {@code caseSummary} variable the task forms show: only what the desk itself knows about the case — its type,
 * dates, whether it is anonymous and its unit — never the sender's words. The description and whatever the sender
 * added stay in the desk's tables and are read on the staff case page ({@link #CASE_PAGE} + tracking code), which
 * checks the reader's unit and audits who saw the complainant.
 */
@Component
public class CaseSummaries {

  /** The staff case page of a case, followed by its tracking code. */
  public static final String CASE_PAGE = "/staff/cases/";

  private final ReferenceData reference;
  private final DeskClock clock;

  public CaseSummaries(ReferenceData reference, DeskClock clock) {
    this.reference = reference;
    this.clock = clock;
  }

  /** For example "Phản ánh — nhận ngày 16/11/2026, sự việc ngày 15/11/2026; đơn vị: Sở Giáo dục và Đào tạo". */
  public String of(CaseRecord c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.category() == null ? c.reportType().label() : c.category().label()).append(" — nhận ngày ")
        .append(Dates.text(c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate()));
    if (c.occurredOn() != null) {
      sb.append(", sự việc ngày ").append(Dates.text(c.occurredOn()));
    }
    if (c.anonymous()) {
      sb.append(" (đơn ẩn danh)");
    }
    if (c.unitCode() != null) {
      sb.append("; đơn vị: ").append(reference.unit(c.unitCode()).map(ReferenceData.Unit::name).orElse(c.unitCode()));
    }
    return sb.toString();
  }
}
