package vn.gov.vhcv.desk.intake;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseSummaries;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.notification.Outbox;

/**
 * "Đăng ký hồ sơ": links the stored case to its process instance and puts on the instance what the
 * intake form shows (a short summary, the official, the acknowledgement deadline). Nothing the sender wrote: no
 * personal data of the complainant, not the description, not the name the sender gave for the official — the
 * forms send the handler to the staff case page for those ({@link CaseSummaries}). The acknowledgement stored with the report is handed to the mail job here. Running it again
 * sets the same values and sends nothing twice.
 */
@Component("registerCase")
public class RegisterCase implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final CaseClocks clocks;
  private final DeskClock clock;
  private final Outbox outbox;
  private final CaseSummaries summaries;

  public RegisterCase(CaseRepository cases, ReferenceData reference, CaseClocks clocks, DeskClock clock, Outbox outbox,
      CaseSummaries summaries) {
    this.outbox = outbox;
    this.summaries = summaries;
    this.cases = cases;
    this.reference = reference;
    this.clocks = clocks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long caseId = cases.caseIdOf(execution);
    CaseRecord c = cases.findById(caseId).orElseThrow(() -> new IllegalStateException("case " + caseId + " missing"));
    cases.setProcessInstance(caseId, execution.getProcessInstanceId());
    var due = clocks.find(caseId, ClockKind.ACKNOWLEDGEMENT).orElseThrow().dueOn();
    execution.setVariable(TRACKING_CODE, c.trackingCode());
    execution.setVariable(CASE_SUMMARY, summaries.of(c));
    execution.setVariable(OFFICIAL_SUMMARY, officialSummary(c));
    execution.setVariable(ACKNOWLEDGEMENT_DUE, clock.endOf(due));
    execution.setVariable(ACKNOWLEDGEMENT_DUE_TEXT, Dates.text(due));
    outbox.sendWaiting(caseId);
  }

  /** The official as the forms show them (also for a second-level case, "Thụ lý giải quyết lần hai"). */
  public String officialSummary(CaseRecord c) {
    if (c.officialBadgeCode() != null) {
      return reference.official(c.officialBadgeCode())
          .map(o -> o.fullName() + " — " + o.title() + ", " + reference.unit(o.unitCode()).map(u -> u.name()).orElse(o.unitCode())
              + " (thẻ " + o.badgeCode() + ")")
          .orElse(c.officialBadgeCode());
    }
    String unit = reference.unit(c.unitCode()).map(u -> "; đơn vị: " + u.name()).orElse("");
    if (c.officialNameGiven() != null || c.officialUnitGiven() != null) {
      // the name and unit as the sender typed them are the sender's words: shown on the case page only
      return "Chưa xác định mã thẻ — họ tên, đơn vị người gửi ghi: xem trang hồ sơ" + unit;
    }
    return unit.isEmpty() ? "Chưa xác định" : "Chưa rõ người" + unit;
  }
}
