package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.OfficialNotices;
import vn.gov.vhcv.desk.notification.Outbox;

/**
 * "Yêu cầu người bị phản ánh giải trình": the official is asked to explain in writing by a date (Luật Tố cáo 2018:
 * the resolver asks the denounced person to explain; the person must), from the template {@code
 * explanation-request} through {@link OfficialNotices} (their address, else their unit's; refused if it would name
 * the complainant), and the head of their unit gets a letter asking them to see to it. Nothing about the
 * complainant is in either. Written once per case.
 */
@Component("requestOfficialExplanation")
public class RequestOfficialExplanation implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final JdbcClient jdbc;
  private final Outbox outbox;
  private final CaseHistory history;
  private final WorkingCalendar calendar;
  private final DeskClock clock;
  private final OfficialNotices officials;

  public RequestOfficialExplanation(CaseRepository cases, ReferenceData reference, JdbcClient jdbc, Outbox outbox,
      CaseHistory history, WorkingCalendar calendar, DeskClock clock, OfficialNotices officials) {
    this.officials = officials;
    this.cases = cases;
    this.reference = reference;
    this.jdbc = jdbc;
    this.outbox = outbox;
    this.history = history;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    LocalDate due = calendar.addWorkingDays(clock.today(), EXPLANATION_WORKING_DAYS);
    execution.setVariable(EXPLANATION_DUE, clock.endOf(due));
    execution.setVariable(EXPLANATION_DUE_TEXT, Dates.text(due));
    var official = reference.official(c.officialBadgeCode());
    String unitCode = official.map(ReferenceData.Official::unitCode).orElse(c.unitCode());
    String recipient = unitHeadEmail(unitCode, c.officialBadgeCode());
    String who = official.map(o -> o.fullName() + " (" + o.title() + ")")
        .orElse(c.officialNameGiven() == null ? "cán bộ bị phản ánh" : c.officialNameGiven());
    String conduct = reference.conductCodeName(c.conductCode()).map(n -> c.conductCode() + " – " + n)
        .orElse("hành vi được phản ánh");
    officials.explanationRequest(c, conduct, due);
    if (recipient != null) {
      outbox.enqueue(caseId, "EXPLANATION_REQUEST:" + caseId, NoticeKind.EXPLANATION_REQUEST, recipient,
          "[" + c.trackingCode() + "] Đề nghị chỉ đạo giải trình bằng văn bản",
          """
          Kính gửi Thủ trưởng cơ quan, đơn vị,

          Bàn xử lý phản ánh văn hóa công vụ đang xác minh hồ sơ %s liên quan đến %s.
          Đề nghị đồng chí chỉ đạo người có liên quan giải trình bằng văn bản về nội dung được phản ánh
          và gửi về trước ngày %s.

          Trân trọng.""".formatted(c.trackingCode(), who, Dates.text(due)));
    }
    history.recordOnce(caseId, "EXPLANATION_REQUESTED", "Đề nghị " + who + " giải trình bằng văn bản (gửi người bị phản ánh"
        + " và thủ trưởng đơn vị), hạn "
        + Dates.text(due), null, false, "EXPLANATION_REQUESTED:" + caseId);
  }

  /** The unit's leader (not the official), else the unit's own address. */
  private String unitHeadEmail(String unitCode, String badge) {
    if (unitCode == null) {
      return null;
    }
    return jdbc.sql("""
            SELECT email FROM official WHERE unit_code = :u AND leader = TRUE AND email IS NOT NULL
               AND badge_code <> :b ORDER BY badge_code""")
        .param("u", unitCode).param("b", badge == null ? "" : badge).query(String.class).list().stream().findFirst()
        .or(() -> reference.unit(unitCode).map(ReferenceData.Unit::email)).orElse(null);
  }
}
