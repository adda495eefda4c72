package vn.gov.vhcv.desk.escalation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseSummaries;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.Complexity;
import vn.gov.vhcv.desk.clock.SlaPolicy;
import vn.gov.vhcv.desk.intake.RegisterCase;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;

/**
 * "Thụ lý giải quyết lần hai": the superior unit takes the second-level case on, its SECOND_INSTANCE clock starts
 * from the day the escalation was filed (Luật Khiếu nại 2011 Điều 37; for a tố cáo tiếp Luật Tố cáo 2018 Điều 37,
 * 30), and the forms get the case's summary. Running it again changes nothing and tells the complainant once.
 */
@Component("acceptSecondInstance")
public class AcceptSecondInstance implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final CaseClocks clocks;
  private final SlaPolicy sla;
  private final CaseSummaries summaries;
  private final RegisterCase registration;
  private final ComplainantNotices notices;
  private final JdbcClient jdbc;
  private final DeskClock clock;

  public AcceptSecondInstance(CaseRepository cases, ReferenceData reference, CaseClocks clocks, SlaPolicy sla,
      CaseSummaries summaries, RegisterCase registration, ComplainantNotices notices, JdbcClient jdbc, DeskClock clock) {
    this.cases = cases;
    this.reference = reference;
    this.clocks = clocks;
    this.sla = sla;
    this.summaries = summaries;
    this.registration = registration;
    this.notices = notices;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    LocalDate filedOn = c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate();
    boolean remote = reference.unit(c.unitCode()).map(ReferenceData.Unit::remoteArea).orElse(false);
    var due = clocks.find(c.id(), ClockKind.SECOND_INSTANCE).orElseGet(() -> clocks.start(c.id(), filedOn,
        sla.policy(c.category(), ClockKind.SECOND_INSTANCE, remote, Complexity.NORMAL))).dueOn();
    String firstCode = jdbc.sql("""
            SELECT f.tracking_code FROM escalation e JOIN report_case f ON f.id = e.first_case_id WHERE e.case_id = :id""")
        .param("id", c.id()).query(String.class).single();
    execution.setVariable(TRACKING_CODE, c.trackingCode());
    execution.setVariable(CATEGORY, c.category().name());
    execution.setVariable(CASE_SUMMARY, (c.category() == Category.KHIEU_NAI ? "Khiếu nại lần hai" : "Tố cáo tiếp")
        + " đối với hồ sơ " + firstCode + " — " + summaries.of(c));
    execution.setVariable(OFFICIAL_SUMMARY, registration.officialSummary(c));
    execution.setVariable(RESOLUTION_DUE, clock.endOf(due));
    execution.setVariable(RESOLUTION_DUE_TEXT, Dates.text(due));
    String unit = jdbc.sql("SELECT u.name FROM report_case c JOIN unit u ON u.code = c.handling_unit WHERE c.id = :id")
        .param("id", c.id()).query(String.class).single();
    notices.tell(c, "ACCEPTED", NoticeKind.ACCEPTED, (c.category() == Category.KHIEU_NAI ? "Khiếu nại lần hai" : "Tố cáo tiếp")
        + " đã được " + unit + " thụ lý giải quyết. Hạn giải quyết: " + Dates.text(due) + ".");
  }
}
