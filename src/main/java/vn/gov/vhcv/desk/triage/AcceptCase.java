package vn.gov.vhcv.desk.triage;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.CountedFrom;
import vn.gov.vhcv.desk.clock.SlaPolicy;
import vn.gov.vhcv.desk.notification.ComplainantNotices;
import vn.gov.vhcv.desk.notification.NoticeKind;

/**
 * "Thụ lý hồ sơ": stops the acknowledgement clock, starts the resolution clock of the case's
 * category from the event its provision counts from (acceptance, or receipt for a phản ánh), and tells the complainant. Running it again changes nothing.
 */
@Component("acceptCase")
public class AcceptCase implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final CaseClocks clocks;
  private final SlaPolicy sla;
  private final ComplainantNotices notices;
  private final DeskClock clock;

  public AcceptCase(CaseRepository cases, ReferenceData reference, CaseClocks clocks, SlaPolicy sla,
      ComplainantNotices notices, DeskClock clock) {
    this.cases = cases;
    this.reference = reference;
    this.clocks = clocks;
    this.sla = sla;
    this.notices = notices;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    clocks.complete(caseId, ClockKind.ACKNOWLEDGEMENT);
    boolean remote = reference.unit(c.unitCode()).map(ReferenceData.Unit::remoteArea).orElse(false);
    var policy = sla.resolution(c.category(), remote);
    // QĐ 852/QĐ-BNV counts a phản ánh's 20 days from receipt, Luật Tố cáo and Luật Khiếu nại from acceptance
    var from = policy.countedFrom() == CountedFrom.RECEIPT
        ? c.receivedAt().atZoneSameInstant(clock.zone()).toLocalDate() : clock.today();
    var resolution = clocks.find(caseId, ClockKind.RESOLUTION).orElseGet(() -> clocks.start(caseId, from, policy));
    cases.updateStatus(caseId, CaseStatus.IN_VERIFICATION);
    execution.setVariable(RESOLUTION_DUE, clock.endOf(resolution.dueOn()));
    execution.setVariable(RESOLUTION_DUE_TEXT, Dates.text(resolution.dueOn()));
    String text = "Đơn đã được thụ lý giải quyết theo loại " + c.category().label().toLowerCase()
        + ". Hạn giải quyết: " + Dates.text(resolution.dueOn()) + ".";
    notices.tell(c, "ACCEPTED", NoticeKind.ACCEPTED, text);
  }
}
