package vn.gov.vhcv.desk.intake;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.deadline.CaseClocks;
import vn.gov.vhcv.desk.deadline.ClockKind;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.Outbox;

/**
 * "Đăng ký hồ sơ": links the stored case to its process instance and puts on the instance what the
 * intake form shows (summary, the official, the acknowledgement deadline). No personal data of the
 * complainant. The acknowledgement stored with the report is handed to the mail job here. Running it again
 * sets the same values and sends nothing twice.
 */
@Component("registerCase")
public class RegisterCase implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final CaseClocks clocks;
  private final DeskClock clock;
  private final Outbox outbox;

  public RegisterCase(CaseRepository cases, ReferenceData reference, CaseClocks clocks, DeskClock clock, Outbox outbox) {
    this.outbox = outbox;
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
    execution.setVariable(CASE_SUMMARY, summary(c));
    execution.setVariable(OFFICIAL_SUMMARY, officialSummary(c));
    execution.setVariable(ACKNOWLEDGEMENT_DUE, clock.endOf(due));
    execution.setVariable(ACKNOWLEDGEMENT_DUE_TEXT, ComplainantNotices.date(due));
    outbox.sendWaiting(caseId);
  }

  private String summary(CaseRecord c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.reportType().label()).append(" — nhận ngày ")
        .append(ComplainantNotices.date(c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate()));
    if (c.occurredOn() != null) {
      sb.append(", sự việc ngày ").append(ComplainantNotices.date(c.occurredOn()));
    }
    sb.append(c.anonymous() ? " (đơn ẩn danh)" : "").append(":\n").append(c.description());
    return sb.toString();
  }

  private String officialSummary(CaseRecord c) {
    if (c.officialBadgeCode() != null) {
      return reference.official(c.officialBadgeCode())
          .map(o -> o.fullName() + " — " + o.title() + ", " + reference.unit(o.unitCode()).map(u -> u.name()).orElse(o.unitCode())
              + " (thẻ " + o.badgeCode() + ")")
          .orElse(c.officialBadgeCode());
    }
    if (c.officialNameGiven() != null) {
      return c.officialNameGiven() + " — " + (c.officialUnitGiven() == null ? "" : c.officialUnitGiven()) + " (chưa xác định mã thẻ)";
    }
    return reference.unit(c.unitCode()).map(u -> "Chưa rõ người; đơn vị: " + u.name()).orElse("Chưa xác định");
  }
}
