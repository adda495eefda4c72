package vn.gov.vhcv.desk.intake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.engine.EngineContext;
import vn.gov.vhcv.desk.engine.JobsYieldToIntake;
import vn.gov.vhcv.desk.engine.LatestProcessDefinitions;

/**
 * Starts each stored report's case process ({@code reportCase}, business key = tracking code) outside the
 * citizen's request. The request stores the case and a row of {@code case_process_queue} in one transaction and
 * answers; starting the process was two thirds of that request (JFR, spike benchmark) and is done here:
 * <ul>
 *   <li>{@code desk.intake.start-process=background} (default): a starter thread on every node takes the queue
 *   in batches, woken by each new report, yielding to a spike like the job executor ({@link IntakePressure});</li>
 *   <li>{@code after-commit}: right after the request's commit, in its thread (the test profile, where nothing
 *   runs in the background).</li>
 * </ul>
 * Why not the engine's own asynchronous start ({@code camunda:asyncBefore} on the start event, the process started
 * in the citizen's request and registered by the job executor): measured against this queue on the same idle
 * machine, back to back (H2, 3,000 reports after 1,000, docs/BENCHMARKS.md 2026-12-02), it answered 247.8 instead
 * of 292.2 reports/s (−15 %), p99 258.7 instead of 195.4 ms, and used 63.3 instead of 60.5 ms of CPU per report:
 * the engine's start writes the process instance, its history and a job inside the request, where this queue
 * writes one row. The request is what a citizen waits for, so the queue stays.
 * <p>
 * Deleting the queue row claims it: exactly one node starts the process, in the transaction that deletes the
 * row, so a crash in between leaves the row for the next attempt and never a second process. A start that
 * fails is logged and tried again in the next rounds (and after a restart); nothing is lost.
 */
@Component
public class CaseProcessStarter implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(CaseProcessStarter.class);
  static final int BATCH = 50;
  /** Processes started when the wait for a calm intake ran out and the spike goes on (as {@link JobsYieldToIntake}). */
  static final int TRICKLE = 5;
  private static final int ATTEMPTS_BEFORE_PAUSE = 5;

  private final JdbcClient jdbc;
  private final CaseRepository cases;
  private final LatestProcessDefinitions definitions;
  private final EngineContext engine;
  private final IntakePressure pressure;
  private final DeskClock clock;
  private final TransactionTemplate ownTx;
  private final boolean background;
  private final long maxYieldMillis;
  private final Map<Long, Integer> failures = new ConcurrentHashMap<>();
  private volatile Thread worker;
  private volatile boolean running;

  public CaseProcessStarter(JdbcClient jdbc, CaseRepository cases, LatestProcessDefinitions definitions,
      EngineContext engine, IntakePressure pressure, DeskClock clock, PlatformTransactionManager transactions,
      DeskProperties.Intake intake) {
    String mode = intake.startProcess();
    this.jdbc = jdbc;
    this.cases = cases;
    this.definitions = definitions;
    this.engine = engine;
    this.pressure = pressure;
    this.clock = clock;
    this.ownTx = new TransactionTemplate(transactions);
    this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    if (!mode.equals("background") && !mode.equals("after-commit")) {
      throw new IllegalArgumentException("desk.intake.start-process must be background or after-commit: " + mode);
    }
    this.background = mode.equals("background");
    this.maxYieldMillis = intake.backgroundMaxWaitMs();
  }

  /** In the transaction storing the case: its process is started once that transaction has committed. */
  void queue(long caseId, String trackingCode) {
    jdbc.sql("INSERT INTO case_process_queue (case_id, tracking_code, queued_at) VALUES (:c, :t, :at)")
        .param("c", caseId).param("t", trackingCode).param("at", clock.nowOffset()).update();
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        if (background) {
          Thread w = worker;
          if (w != null) {
            LockSupport.unpark(w);
          }
        } else {
          try {
            startQueued(caseId);
          } catch (RuntimeException e) {
            // the report is stored and the citizen gets the receipt; the row stays queued for the next start
            LOG.error("Could not start the process of case {} after its request; it stays queued", caseId, e);
          }
        }
      }
    });
  }

  /**
   * Starts the case's process now if it is still queued (the demo seeds drive their cases right away).
   *
   * @return true when this call started it; false when it was started already (by anyone)
   */
  public boolean startQueued(long caseId) {
    Boolean started = ownTx.execute(status -> {
      List<String> code = jdbc.sql("SELECT tracking_code FROM case_process_queue WHERE case_id = :c")
          .param("c", caseId).query(String.class).list();
      if (code.isEmpty()
          || jdbc.sql("DELETE FROM case_process_queue WHERE case_id = :c").param("c", caseId).update() == 0) {
        return false;
      }
      // the case belongs to the desk, not to whoever entered it: no start permission needed
      engine.asNoUser(() -> {
        String pi = definitions.start(ReportService.PROCESS_KEY, code.get(0), Map.of())
            .getId();
        cases.setProcessInstance(caseId, pi);
      });
      return true;
    });
    failures.remove(caseId);
    return Boolean.TRUE.equals(started);
  }

  /** Whether the case's report is stored and its process not started yet (the moments after its request). */
  public boolean isWaiting(long caseId) {
    return jdbc.sql("SELECT COUNT(*) FROM case_process_queue WHERE case_id = :c").param("c", caseId)
        .query(Long.class).single() > 0;
  }

  /** {@link #startQueued(long)} by tracking code. */
  public boolean startQueued(String trackingCode) {
    return jdbc.sql("SELECT case_id FROM case_process_queue WHERE tracking_code = :t").param("t", trackingCode)
        .query(Long.class).optional().map(this::startQueued).orElse(false);
  }

  /** Starts up to {@code max} queued processes, oldest first; returns how many this call started. */
  public int startWaiting(int max) {
    List<Long> queued = jdbc.sql("SELECT case_id FROM case_process_queue ORDER BY case_id LIMIT :n")
        .param("n", max + failures.size()).query(Long.class).list().stream()
        .filter(id -> failures.getOrDefault(id, 0) < ATTEMPTS_BEFORE_PAUSE).limit(max).toList();
    int started = 0;
    for (long caseId : queued) {
      try {
        if (startQueued(caseId)) {
          started++;
        }
        failures.remove(caseId);
      } catch (RuntimeException e) {
        int n = failures.merge(caseId, 1, Integer::sum);
        LOG.error("Could not start the process of case {} (attempt {}{}); it stays queued", caseId, n,
            n >= ATTEMPTS_BEFORE_PAUSE ? ", paused until the next start-up" : "", e);
      }
    }
    return started;
  }

  private void work() {
    while (running) {
      try {
        // like the job executor: wait while a spike of reports is in flight, at most the configured time
        long waited = pressure.awaitCalm(JobsYieldToIntake.QUIET_MILLIS, maxYieldMillis, () -> running);
        int batch = waited >= maxYieldMillis ? TRICKLE : BATCH;
        if (startWaiting(batch) < batch && running) {
          LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
        }
      } catch (RuntimeException e) {
        LOG.warn("Process starter: {}", e.toString());
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(5));
      }
    }
  }

  @Override
  public void start() {
    if (!background || running) {
      return;
    }
    running = true;
    Thread t = new Thread(this::work, "case-process-starter");
    t.setDaemon(true);
    worker = t;
    t.start();
  }

  @Override
  public void stop() {
    running = false;
    Thread t = worker;
    worker = null;
    if (t != null) {
      LockSupport.unpark(t);
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // after the process engine and the web server are up, stopped before them
    return Integer.MAX_VALUE - 100;
  }
}
