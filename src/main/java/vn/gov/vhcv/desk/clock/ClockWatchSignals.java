package vn.gov.vhcv.desk.clock;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.engine.EngineContext;
import vn.gov.vhcv.desk.engine.LatestProcessDefinitions;
import vn.gov.vhcv.desk.casefile.CaseVariables;
import vn.gov.vhcv.desk.casefile.Dates;

/**
 * Connects a clock to its "Theo dõi thời hạn" process ({@code processes/clock-watch.bpmn}): starts one per
 * watched clock (business key = tracking code), and wakes it with {@code clockChanged} or {@code clockStopped}.
 * When a due date moves, the open tasks that carried the old due date and the case's due-date variables move too.
 * It listens to the {@link ClockEvent}s {@link CaseClocks} publishes; nothing calls it back from the clock store.
 */
@Component
public class ClockWatchSignals {

  private static final Logger log = LoggerFactory.getLogger(ClockWatchSignals.class);

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
  private final TransactionTemplate newTransaction;
  private final EngineContext engine;
  private final LatestProcessDefinitions definitions;

  public ClockWatchSignals(RuntimeService runtime, TaskService tasks, CaseRepository cases, DeskClock clock,
      Deadlines deadlines, PlatformTransactionManager transactions, EngineContext engine,
      LatestProcessDefinitions definitions) {
    this.definitions = definitions;
    this.engine = engine;
    this.runtime = runtime;
    this.tasks = tasks;
    this.cases = cases;
    this.clock = clock;
    this.deadlines = deadlines;
    this.newTransaction = new TransactionTemplate(transactions);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * A watched clock started: its watch starts with it. A plain listener runs where the event is published, in the
   * transaction that started the clock, as the direct call it replaces did: a watch that cannot start rolls the
   * clock back with it, and whatever the transaction does next (meeting the clock at once) finds the watch there.
   */
  @EventListener
  void started(ClockEvent.Started event) {
    start(event.clock(), trackingCode(event.clock()));
  }

  private void start(CaseClock c, String code) {
    engine.withoutAuthorization(() ->
        definitions.start(PROCESS_KEY, code, Map.of(CLOCK_ID, c.id(),
            CLOCK_KIND, c.kind().name(), CaseVariables.TRACKING_CODE, code)));
  }

  /** Starts the clock's watch unless it has one (running again changes nothing). */
  public void ensureWatched(CaseClock c) {
    String code = trackingCode(c);
    // the case's watches by business key (index), then their clock: a query on the variable joins every
    // watch's variables and was 10 % of a registration (JFR, spike benchmark)
    boolean watched = engine.withoutAuthorization(
        () -> runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(code)
            .list().stream().anyMatch(watch -> ((Number) runtime.getVariable(watch.getId(), CLOCK_ID)).longValue() == c.id()));
    if (!watched) {
      start(c, code);
    }
  }

  /**
   * A running clock changed: the open tasks and the case's variables that carried the old due date move to the new
   * one, and {@code clockChanged} re-arms the watch. A plain listener, in the transaction of the change as the direct
   * call it replaces: the due dates move and roll back with the clock, and the caller (the clock API, a step) reads
   * them moved; a correlation in that transaction finds the watch's subscriptions of the same command.
   */
  @EventListener
  void changed(ClockEvent.Changed event) {
    CaseClock before = event.before();
    CaseClock after = event.after();
    String code = trackingCode(after);
    if (!before.dueOn().equals(after.dueOn())) {
      engine.withoutAuthorization(() -> {
        moveDueDates(code, after, clock.endOf(before.dueOn()), clock.endOf(after.dueOn()));
        return null;
      });
    }
    correlate(MESSAGE_CHANGED, code, after.id());
  }

  /**
   * Ends the clock's watch once the transaction that met the clock has committed. A clock is often met in
   * the same engine command that just re-armed its watch (a letter reclassified and accepted at once), and
   * a message correlation cannot see event subscriptions that command has not flushed yet. Should the late
   * correlation fail, the watch still finds the clock met at its next timer and ends without a warning.
   *
   * <p>Spring calls an {@code AFTER_COMMIT} listener when the transaction has completed, while that transaction's
   * connection is still bound to the thread: the correlation runs in a new transaction of its own. Met outside any
   * transaction ({@code fallbackExecution}), the clock's watch is told at once, and a failure reaches the caller.
   */
  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void stopped(ClockEvent.Stopped event) {
    CaseClock c = event.clock();
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      correlate(MESSAGE_STOPPED, trackingCode(c), c.id());
      return;
    }
    String[] code = {"#" + c.caseId()};
    try {
      newTransaction.executeWithoutResult(s -> {
        code[0] = trackingCode(c);
        correlate(MESSAGE_STOPPED, code[0], c.id());
      });
    } catch (RuntimeException e) {
      log.warn("Không báo được cho quy trình theo dõi thời hạn {} của hồ sơ {} rằng thời hạn đã dừng; "
          + "quy trình sẽ tự kết thúc ở mốc hẹn giờ tiếp theo", c.kind(), code[0], e);
    }
  }

  /** The watch is the desk's own bookkeeping: whoever changed the clock, waking its watch is no user action. */
  private void correlate(String message, String code, long clockId) {
    engine.withoutAuthorization(() ->
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(code)
            .processInstanceVariableEquals(CLOCK_ID, clockId).correlateAllWithResult());
  }

  private void moveDueDates(String code, CaseClock c, Date oldDue, Date newDue) {
    tasks.createTaskQuery().processInstanceBusinessKey(code).dueDate(oldDue).list().forEach(t -> {
      t.setDueDate(newDue);
      t.setFollowUpDate(deadlines.followUp(c, newDue));
      tasks.saveTask(t);
    });
    String dueVariable = switch (c.kind()) {
      case ACKNOWLEDGEMENT -> CaseVariables.ACKNOWLEDGEMENT_DUE;
      case RESOLUTION, SECOND_INSTANCE -> CaseVariables.RESOLUTION_DUE;
      case DISCIPLINE -> CaseVariables.DISCIPLINE_DUE;
      default -> null;
    };
    if (dueVariable == null) {
      return;
    }
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).variableValueEquals(dueVariable, oldDue).list()
        .forEach(pi -> {
          runtime.setVariable(pi.getId(), dueVariable, newDue);
          runtime.setVariable(pi.getId(), dueVariable + "Text", Dates.text(c.dueOn()));
        });
  }

  private String trackingCode(CaseClock c) {
    return cases.findById(c.caseId()).orElseThrow().trackingCode();
  }
}
