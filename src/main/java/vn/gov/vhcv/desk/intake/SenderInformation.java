package vn.gov.vhcv.desk.intake;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseStatus;
import vn.gov.vhcv.desk.casefile.SenderInformationLog;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * The sender's answer to "Đề nghị bổ sung thông tin", from the public API or the status page: the answer is kept in
 * {@code sender_information} (shown on the staff case page, never put on the process: the engine would cap it at
 * 4,000 characters and copy it into its history), the case goes back to intake ("Phân loại và xử lý đơn"), its
 * status is "received" again, and the acknowledgement clock runs again with its due date moved by the days it
 * stood still.
 */
@Service
public class SenderInformation {

  /** The message the case process waits for after asking ({@code informationReceived}). */
  public static final String MESSAGE = "informationProvided";

  private final RuntimeService runtime;
  private final CaseRepository cases;
  private final CaseHistory history;
  private final CaseClocks clocks;
  private final SenderInformationLog log;

  public SenderInformation(RuntimeService runtime, CaseRepository cases, CaseHistory history, CaseClocks clocks,
      SenderInformationLog log) {
    this.log = log;
    this.runtime = runtime;
    this.cases = cases;
    this.history = history;
    this.clocks = clocks;
  }

  /** Whether the case's process waits for the sender's answer now. */
  public boolean awaited(CaseRecord c) {
    return !waiting(c).isEmpty();
  }

  private java.util.List<org.camunda.bpm.engine.runtime.Execution> waiting(CaseRecord c) {
    return runtime.createExecutionQuery().processInstanceBusinessKey(c.trackingCode())
        .messageEventSubscriptionName(MESSAGE).list();
  }

  /**
   * Hands the answer to the case.
   *
   * @param text what the sender wrote (may be empty when they only attached files)
   * @param source where it came from
   * @param files how many files came with it (stored by the caller)
   * @return false when the case does not wait for information (nothing is changed)
   */
  @Transactional
  public boolean provide(CaseRecord c, String text, SenderInformationLog.Source source, int files) {
    if (waiting(c).isEmpty()) {
      return false;
    }
    log.add(c.id(), source, text, files);
    history.record(c.id(), "INFORMATION_PROVIDED", "Đã nhận thông tin bổ sung của người gửi.", "citizen", true);
    cases.updateStatus(c.id(), CaseStatus.RECEIVED);
    // the clock runs again before the intake task is created again with its due date
    clocks.find(c.id(), ClockKind.ACKNOWLEDGEMENT).filter(k -> k.open() && k.paused())
        .ifPresent(k -> clocks.resume(c.id(), ClockKind.ACKNOWLEDGEMENT, "system"));
    runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(c.trackingCode()).correlate();
    return true;
  }
}
