package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.engine.JobsYieldToIntake;

/**
 * During a spike of reports the background work waits (the job executor and the process starter ask
 * {@link IntakePressure} before taking more); it resumes once the reports have been answered, and never waits
 * longer than its bound. Requests are real servlet requests through the filter, held open by the test.
 */
class IntakePressureTest {

  /** The intake's settings with {@code desk.intake.background-yield-at} and {@code background-max-wait-ms}. */
  private static DeskProperties.Intake intake(int yieldAt, long maxWaitMillis) {
    return new DeskProperties.Intake("background", yieldAt, maxWaitMillis, 0, 0);
  }

  private static MockHttpServletRequest report() {
    MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/public/reports");
    r.setRequestURI("/api/public/reports");
    return r;
  }

  /** Sends {@code n} reports that stay in flight until {@code release} opens. */
  private static ExecutorService inFlight(IntakePressure pressure, int n, CountDownLatch release) {
    ExecutorService clients = Executors.newFixedThreadPool(n);
    for (int i = 0; i < n; i++) {
      clients.submit(() -> {
        pressure.doFilter(report(), new MockHttpServletResponse(), (req, res) -> {
          try {
            release.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
        return null;
      });
    }
    return clients;
  }

  private static void awaitInFlight(IntakePressure pressure, int n) throws InterruptedException {
    for (int i = 0; i < 500 && pressure.inFlight() < n; i++) {
      Thread.sleep(10);
    }
    assertThat(pressure.inFlight()).isEqualTo(n);
  }

  @Test
  void backgroundWorkWaitsWhileManyReportsAreInFlightAndResumesWhenTheyAreAnswered() throws Exception {
    IntakePressure pressure = new IntakePressure(intake(4, 60_000));
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService clients = inFlight(pressure, 4, release);
    awaitInFlight(pressure, 4);
    assertThat(pressure.high(200)).isTrue();

    // the reports are answered 300 ms from now; the background waits for that, plus 200 ms of calm
    Executors.newSingleThreadScheduledExecutor().schedule(release::countDown, 300, TimeUnit.MILLISECONDS);
    long waited = pressure.awaitCalm(200, 10_000);
    assertThat(waited).isBetween(450L, 3_000L);
    assertThat(pressure.inFlight()).isZero();
    clients.shutdown();
  }

  @Test
  void aFewReportsDoNotHoldTheBackgroundAndALongSpikeHoldsItOnlyForItsBound() throws Exception {
    IntakePressure pressure = new IntakePressure(intake(4, 60_000));
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService few = inFlight(pressure, 3, release);
    awaitInFlight(pressure, 3);
    assertThat(pressure.high(200)).isFalse();
    assertThat(pressure.awaitCalm(200, 10_000)).isLessThan(100);

    ExecutorService more = inFlight(pressure, 2, release);
    awaitInFlight(pressure, 5);
    long waited = pressure.awaitCalm(200, 400);
    assertThat(waited).isBetween(400L, 1_500L); // the bound, though the spike goes on
    assertThat(pressure.high(200)).isTrue();
    release.countDown();
    few.shutdown();
    more.shutdown();
  }

  @Test
  void underALongSpikeTheJobExecutorFetchesTwoJobsAtATimeAndFullBatchesOnceItIsOver() throws Exception {
    IntakePressure pressure = new IntakePressure(intake(4, 60_000));
    var configuration = new org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration();
    var jobExecutor = new org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor();
    configuration.setJobExecutor(jobExecutor);
    new JobsYieldToIntake(pressure, intake(4, 300)).postInit(configuration);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService spike = inFlight(pressure, 5, release);
    awaitInFlight(pressure, 5);

    long started = System.nanoTime();
    var underSpike = jobExecutor.getAcquireJobsCmdFactory().getCommand(32);
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isBetween(300L, 2_000L);
    assertThat(jobsToAcquire(underSpike)).isEqualTo(JobsYieldToIntake.TRICKLE_JOBS);

    release.countDown();
    spike.shutdown();
    var calm = jobExecutor.getAcquireJobsCmdFactory().getCommand(32);
    assertThat(jobsToAcquire(calm)).isEqualTo(32);
  }

  private static int jobsToAcquire(Object acquireJobsCmd) throws Exception {
    var field = org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd.class.getDeclaredField("numJobsToAcquire");
    field.setAccessible(true);
    return field.getInt(acquireJobsCmd);
  }

  @Test
  void otherRequestsAreNotCountedAndZeroTurnsItOff() throws Exception {
    IntakePressure pressure = new IntakePressure(intake(1, 60_000));
    MockHttpServletRequest read = new MockHttpServletRequest("GET", "/api/public/reports/VH261127-ABCDEF");
    read.setRequestURI("/api/public/reports/VH261127-ABCDEF");
    int[] seen = new int[1];
    pressure.doFilter(read, new MockHttpServletResponse(), (req, res) -> seen[0] = pressure.inFlight());
    assertThat(seen[0]).isZero();

    IntakePressure off = new IntakePressure(intake(0, 60_000));
    off.doFilter(report(), new MockHttpServletResponse(), (req, res) -> seen[0] = off.high(200) ? 1 : 0);
    assertThat(seen[0]).isZero();
  }
}
