package vn.gov.vhcv.desk.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.engine.JobsYieldToIntake;

/**
 * How many citizens' reports this node is taking in right now (the public API's and the portal's report
 * form's POSTs). When a spike keeps {@code desk.intake.background-yield-at} or more of them in flight, the
 * job executor waits before it fetches more work ({@link JobsYieldToIntake}): on a small server the
 * background steps (registration, notices) would otherwise take the CPU the citizens' requests need, and
 * every one of those steps can run a little later — the report is stored and acknowledged in the request.
 * 0 turns it off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 4)
public class IntakePressure extends OncePerRequestFilter implements JobsYieldToIntake.Pressure {

  private final AtomicInteger inFlight = new AtomicInteger();
  private final int yieldAt;
  private volatile long lastHighNanos;

  public IntakePressure(DeskProperties.Intake intake) {
    this.yieldAt = intake.backgroundYieldAt();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!HttpMethod.POST.matches(request.getMethod())) {
      return true;
    }
    String uri = request.getRequestURI();
    return !uri.equals("/api/public/reports") && !uri.equals("/portal/report");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (inFlight.incrementAndGet() >= yieldAt && yieldAt > 0) {
      lastHighNanos = System.nanoTime();
    }
    try {
      chain.doFilter(request, response);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  /** Reports being taken in at this moment. */
  public int inFlight() {
    return inFlight.get();
  }

  /** Whether many reports are in flight now or were within {@code quietMillis}. */
  public boolean high(long quietMillis) {
    if (yieldAt <= 0) {
      return false;
    }
    if (inFlight.get() >= yieldAt) {
      lastHighNanos = System.nanoTime();
      return true;
    }
    return System.nanoTime() - lastHighNanos < TimeUnit.MILLISECONDS.toNanos(quietMillis);
  }

  /**
   * Waits while the intake is under pressure, at most {@code maxMillis}: returns how long it waited. An
   * interrupt (the job executor stopping) ends the wait at once.
   */
  public long awaitCalm(long quietMillis, long maxMillis) {
    return awaitCalm(quietMillis, maxMillis, () -> true);
  }

  /** {@link #awaitCalm(long, long)} that also ends as soon as {@code stillWaiting} says no (a worker stopping). */
  public long awaitCalm(long quietMillis, long maxMillis, java.util.function.BooleanSupplier stillWaiting) {
    long start = System.nanoTime();
    long deadline = start + TimeUnit.MILLISECONDS.toNanos(maxMillis);
    while (stillWaiting.getAsBoolean() && high(quietMillis) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
