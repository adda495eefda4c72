package vn.gov.vhcv.desk.investigation;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;
import static vn.gov.vhcv.desk.investigation.InvestigationVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseSteps;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockExtensions;
import vn.gov.vhcv.desk.clock.ClockKind;

/**
 * "Ghi nhận quyết định gia hạn": the leader's decision on the waiting request. Approved, the resolution clock's due
 * date moves by the days {@code sla-policy.dmn} allows and the tasks that follow carry it; refused, the clock keeps
 * its date. Either way the decision is in the history and the audit log. A request already decided is left as it is.
 */
@Component("recordExtensionDecision")
public class RecordExtensionDecision implements JavaDelegate {

  private final CaseSteps steps;
  private final ClockExtensions extensions;
  private final CaseClocks clocks;
  private final DeskClock clock;

  public RecordExtensionDecision(CaseSteps steps, ClockExtensions extensions, CaseClocks clocks, DeskClock clock) {
    this.steps = steps;
    this.extensions = extensions;
    this.clocks = clocks;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var step = steps.of(execution);
    var waiting = extensions.pending(step.caseId(), ClockKind.RESOLUTION);
    if (waiting.isEmpty()) {
      return;
    }
    CaseClocks.Extension pending = waiting.get();
    ApprovalDecision decision = ApprovalDecision.valueOf(Decisions.text(execution.getVariable(EXTENSION_DECISION)));
    if (decision == ApprovalDecision.REJECT) {
      clocks.rejectExtension(step.caseId(), ClockKind.RESOLUTION, pending.id(), step.actor());
      step.record("EXTENSION_REFUSED", "Lãnh đạo không đồng ý gia hạn: "
          + Decisions.text(execution.getVariable(EXTENSION_COMMENT)), "EXTENSION_REFUSED", null);
      return;
    }
    LocalDate due;
    try {
      due = clocks.approveExtensionOnTask(step.caseId(), ClockKind.RESOLUTION, pending.id(), step.actor()).dueOn();
    } catch (IllegalArgumentException refused) {
      throw new Refusal(refused.getMessage());
    }
    execution.setVariable(RESOLUTION_DUE, clock.endOf(due));
    execution.setVariable(RESOLUTION_DUE_TEXT, Dates.text(due));
    step.recordPublic("EXTENSION_APPROVED", "Gia hạn giải quyết đến " + Dates.text(due), "EXTENSION_APPROVED",
        pending.complexity() + " -> " + due);
  }
}
