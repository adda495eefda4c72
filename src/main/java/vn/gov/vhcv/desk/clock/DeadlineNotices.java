package vn.gov.vhcv.desk.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.calendar.DayKind;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;

/**
 * Deadline warnings to the unit holding the case and (at 75 % and at breach) to its superior, one level up
 * the chain ({@code unit.parent_code}: commune or department → provincial People's Committee). Written to the
 * outbox with dedup keys {@code WARN50|WARN75|BREACH:<clockId>:<dueOn>[:SUPERIOR]}; no complainant data.
 */
@Component
public class DeadlineNotices {

  /** The unit holding the case and the one above it (the province holds itself). */
  public record Chain(ReferenceData.Unit holder, ReferenceData.Unit superior) {}

  private final Outbox outbox;
  private final CaseRepository cases;
  private final ReferenceData reference;
  private final JdbcClient jdbc;
  private final DeskClock clock;

  public DeadlineNotices(Outbox outbox, CaseRepository cases, ReferenceData reference, JdbcClient jdbc, DeskClock clock) {
    this.outbox = outbox;
    this.cases = cases;
    this.reference = reference;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Chain chainOf(CaseRecord c) {
    ReferenceData.Unit holder = reference.unit(c.unitCode()).orElseGet(this::province);
    ReferenceData.Unit superior = reference.unit(holder.parentCode()).orElse(holder);
    return new Chain(holder, superior);
  }

  private ReferenceData.Unit province() {
    String code = jdbc.sql("SELECT code FROM unit WHERE parent_code IS NULL ORDER BY code").query(String.class).list()
        .stream().findFirst().orElseThrow(() -> new IllegalStateException("no top-level unit in the unit seeds"));
    return reference.unit(code).orElseThrow();
  }

  /** Writes the warning of {@code level} for the clock; a second call for the same level and due date writes nothing. */
  public void warn(CaseClock k, int level) {
    CaseRecord c = cases.findById(k.caseId()).orElseThrow();
    Chain chain = chainOf(c);
    String prefix = level >= ClockMilestones.BREACH ? "BREACH" : "WARN" + level;
    NoticeKind kind = level >= ClockMilestones.BREACH ? NoticeKind.DEADLINE_OVERDUE
        : level >= k.riskPercent() ? NoticeKind.DEADLINE_AT_RISK : NoticeKind.DEADLINE_WARNING;
    String key = prefix + ":" + k.id() + ":" + k.dueOn();
    String subject = "[" + c.trackingCode() + "] " + switch (kind) {
      case DEADLINE_OVERDUE -> "Hồ sơ đã quá hạn: " + k.kind().label().toLowerCase();
      case DEADLINE_AT_RISK -> "Sắp hết hạn (đã dùng " + level + "% thời hạn): " + k.kind().label().toLowerCase();
      default -> "Nhắc hạn (đã dùng " + level + "% thời hạn): " + k.kind().label().toLowerCase();
    };
    String body = body(c, k, chain, level);
    if (chain.holder().email() != null) {
      outbox.enqueue(c.id(), key, kind, chain.holder().email(), subject, body);
    }
    if (level >= k.riskPercent() && chain.superior().email() != null && !chain.superior().code().equals(chain.holder().code())) {
      outbox.enqueue(c.id(), key + ":SUPERIOR", kind, chain.superior().email(), subject, body);
    }
  }

  private String body(CaseRecord c, CaseClock k, Chain chain, int level) {
    LocalDate today = clock.today();
    String where = level >= ClockMilestones.BREACH
        ? "Hồ sơ đã quá hạn " + ChronoUnit.DAYS.between(k.dueOn(), today) + " ngày."
        : "Còn " + Math.max(0, ChronoUnit.DAYS.between(today, k.dueOn())) + " ngày đến hạn.";
    return """
        Kính gửi %s,

        Hồ sơ %s (%s) — %s: hạn cuối %s (%d %s kể từ %s; %s).
        %s
        Đơn vị đang giải quyết: %s. Cấp trên trực tiếp: %s.%s

        Bàn xử lý phản ánh văn hóa công vụ (thư tự động)."""
        .formatted(chain.holder().name(), c.trackingCode(), c.category() == null ? "chưa phân loại" : c.category().label(),
            k.kind().label(), Dates.text(k.dueOn()), k.periodDays(),
            k.dayKind() == DayKind.WORKING ? "ngày làm việc" : "ngày", Dates.text(k.startedOn()),
            k.legalBasis(), where, chain.holder().name(), chain.superior().name(),
            level >= ClockMilestones.BREACH ? "\nLãnh đạo cấp trên đã được giao việc chỉ đạo xử lý hồ sơ quá hạn." : "");
  }
}
