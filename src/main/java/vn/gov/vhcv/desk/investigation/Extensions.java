package vn.gov.vhcv.desk.investigation;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.deadline.CaseClock;
import vn.gov.vhcv.desk.deadline.CaseClocks;
import vn.gov.vhcv.desk.deadline.ClockKind;
import vn.gov.vhcv.desk.deadline.DayKind;
import vn.gov.vhcv.desk.deadline.WorkingCalendar;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * Extensions of the resolution period: only a tố cáo, once (complex) or twice (especially complex),
 * 30 days each (Luật Tố cáo 2018, Điều 30 khoản 1). Other kinds of letter have no extension.
 */
@Repository
public class Extensions {

  private final JdbcClient jdbc;
  private final CaseClocks clocks;
  private final WorkingCalendar calendar;
  private final DeskClock clock;

  public Extensions(JdbcClient jdbc, CaseClocks clocks, WorkingCalendar calendar, DeskClock clock) {
    this.jdbc = jdbc;
    this.clocks = clocks;
    this.calendar = calendar;
    this.clock = clock;
  }

  public int count(long caseId) {
    return jdbc.sql("SELECT COUNT(*) FROM case_extension WHERE case_id = :id").param("id", caseId)
        .query(Integer.class).single();
  }

  /** Refuses, with the reason, an extension the law does not allow. */
  public void checkAllowed(long caseId, Category category, ExtensionComplexity complexity) {
    if (category != Category.TO_CAO) {
      throw new Refusal("Chỉ đơn tố cáo được gia hạn thời hạn giải quyết (Điều 30 Luật Tố cáo 2018); "
          + "loại đơn " + (category == null ? "chưa phân loại" : category.label().toLowerCase()) + " không được gia hạn");
    }
    int done = count(caseId);
    if (done >= complexity.allowedExtensions()) {
      throw new Refusal(complexity.label() + " chỉ được gia hạn " + complexity.allowedExtensions()
          + " lần; hồ sơ đã được gia hạn " + done + " lần");
    }
  }

  /** Moves the resolution clock on by 30 days and records who approved it; returns the new due day. */
  public LocalDate extend(long caseId, ExtensionComplexity complexity, String reason, String requestedBy, String approvedBy) {
    CaseClock resolution = clocks.find(caseId, ClockKind.RESOLUTION)
        .orElseThrow(() -> new Refusal("Hồ sơ chưa có thời hạn giải quyết để gia hạn"));
    LocalDate newDue = resolution.dayKind() == DayKind.WORKING
        ? calendar.addWorkingDays(resolution.dueOn(), ExtensionComplexity.DAYS)
        : calendar.addCalendarDays(resolution.dueOn(), ExtensionComplexity.DAYS);
    jdbc.sql("""
            INSERT INTO case_extension (case_id, complexity, days, reason, requested_by, approved_by, old_due_on,
                new_due_on, approved_at)
            VALUES (:id, :cx, :days, :reason, :req, :appr, :old, :new, :at)""")
        .param("id", caseId).param("cx", complexity.name()).param("days", ExtensionComplexity.DAYS)
        .param("reason", reason).param("req", requestedBy).param("appr", approvedBy)
        .param("old", resolution.dueOn()).param("new", newDue).param("at", clock.nowOffset()).update();
    jdbc.sql("""
            UPDATE case_clock SET due_on = :due, period_days = period_days + :days,
                   state = CASE WHEN state = 'OVERDUE' THEN 'AT_RISK' ELSE state END
             WHERE case_id = :id AND kind = 'RESOLUTION'""")
        .param("due", newDue).param("days", ExtensionComplexity.DAYS).param("id", caseId).update();
    return newDue;
  }
}
