package vn.gov.vhcv.desk.deadline;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseVariables;
import vn.gov.vhcv.desk.notification.ComplainantNotices;

/**
 * Connects a clock to its "Theo dõi thời hạn" process ({@code processes/clock-watch.bpmn}): starts one per
 * watched clock (business key = tracking code), and wakes it with {@code clockChanged} or {@code clockStopped}.
 * When a due date moves, the open tasks that carried the old due date and the case's due-date variables move too.
 */
@Component
public class ClockWatchSignals {

  public static final String PROCESS_KEY = "clockWatch";
  public static final String CLOCK_ID = "clockId";
  public static final String CLOCK_KIND = "clockKind";
  public static final String MESSAGE_CHANGED = "clockChanged";
  public static final String MESSAGE_STOPPED = "clockStopped";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final CaseRepository cases;
  private final DeskClock clock;
  private final Deadlines deadlines;

  public ClockWatchSignals(RuntimeService runtime, TaskService tasks, CaseRepository cases, DeskClock clock,
      Deadlines deadlines) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.cases = cases;
    this.clock = clock;
    this.deadlines = deadlines;
  }

  public void started(CaseClock c) {
    String code = trackingCode(c);
    runtime.startProcessInstanceByKey(PROCESS_KEY, code, Map.of(CLOCK_ID, c.id(), CaseVariables.CASE_ID, c.caseId(),
        CLOCK_KIND, c.kind().name(), CaseVariables.TRACKING_CODE, code));
  }

  public void changed(CaseClock before, CaseClock after) {
    String code = trackingCode(after);
    if (!before.dueOn().equals(after.dueOn())) {
      moveDueDates(code, after, clock.endOf(before.dueOn()), clock.endOf(after.dueOn()));
    }
    correlate(MESSAGE_CHANGED, code, after.id());
  }

  public void stopped(CaseClock c) {
    correlate(MESSAGE_STOPPED, trackingCode(c), c.id());
  }

  private void correlate(String message, String code, long clockId) {
    runtime.createMessageCorrelation(message).processInstanceBusinessKey(code)
        .processInstanceVariableEquals(CLOCK_ID, clockId).correlateAllWithResult();
  }

  private void moveDueDates(String code, CaseClock c, Date oldDue, Date newDue) {
    tasks.createTaskQuery().processInstanceBusinessKey(code).dueDate(oldDue).list().forEach(t -> {
      t.setDueDate(newDue);
      t.setFollowUpDate(deadlines.followUp(c, newDue));
      tasks.saveTask(t);
    });
    String dueVariable = switch (c.kind()) {
      case ACKNOWLEDGEMENT -> CaseVariables.ACKNOWLEDGEMENT_DUE;
      case RESOLUTION -> CaseVariables.RESOLUTION_DUE;
      default -> null;
    };
    if (dueVariable == null) {
      return;
    }
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).variableValueEquals(dueVariable, oldDue).list()
        .forEach(pi -> {
          runtime.setVariable(pi.getId(), dueVariable, newDue);
          runtime.setVariable(pi.getId(), dueVariable + "Text", ComplainantNotices.date(c.dueOn()));
        });
  }

  private String trackingCode(CaseClock c) {
    return cases.findById(c.caseId()).orElseThrow().trackingCode();
  }
}
