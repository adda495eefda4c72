package vn.gov.vhcv.desk.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.vhcv.desk.DeskProperties;

/**
 * Rate limits on the public API and the portal's forms (token buckets, Bucket4j): submissions and status
 * reads per client address. Wrong access codes are counted per tracking code where the codes are checked
 * ({@link vn.gov.vhcv.desk.intake.AccessCodeLock}), for the API and the status page alike.
 * Limits are per node; behind a load balancer set {@code server.forward-headers-strategy=native}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
public class PublicRateLimitFilter extends OncePerRequestFilter {

  private static final String PREFIX = "/api/public/reports";
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Bucket> submissions = new ConcurrentHashMap<>();
  private final Map<String, Bucket> reads = new ConcurrentHashMap<>();
  private final long submissionsPerMinute;
  private final long readsPerMinute;

  public PublicRateLimitFilter(DeskProperties.RateLimit limits) {
    this.submissionsPerMinute = limits.submissionsPerMinute();
    this.readsPerMinute = limits.statusReadsPerMinute();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(PREFIX) && !isPortalPost(request);
  }

  /** The portal's forms (report, status, add information) share the per-address limits of the API. */
  private static boolean isPortalPost(HttpServletRequest request) {
    return HttpMethod.POST.matches(request.getMethod()) && request.getRequestURI().startsWith("/portal/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    if (isPortalPost(request)) {
      boolean report = request.getRequestURI().startsWith("/portal/report");
      Bucket limit = report ? bucket(submissions, client, submissionsPerMinute, Duration.ofMinutes(1))
          : bucket(reads, client, readsPerMinute, Duration.ofMinutes(1));
      if (!limit.tryConsume(1)) {
        tooMany(response, "Quá nhiều yêu cầu từ cùng một địa chỉ; vui lòng thử lại sau ít phút", 60);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    boolean submission = HttpMethod.POST.matches(request.getMethod()) && request.getRequestURI().equals(PREFIX);
    if (submission) {
      if (!bucket(submissions, client, submissionsPerMinute, Duration.ofMinutes(1)).tryConsume(1)) {
        tooMany(response, "Quá nhiều phản ánh gửi từ cùng một địa chỉ; vui lòng thử lại sau ít phút", 60);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (!bucket(reads, client, readsPerMinute, Duration.ofMinutes(1)).tryConsume(1)) {
      tooMany(response, "Quá nhiều lượt tra cứu; vui lòng thử lại sau ít phút", 60);
      return;
    }
    chain.doFilter(request, response);
  }

  private static Bucket bucket(Map<String, Bucket> buckets, String key, long capacity, Duration period) {
    if (buckets.size() > MAX_KEYS) {
      buckets.clear(); // bounded memory under a flood of distinct keys; limits restart from full
    }
    return buckets.computeIfAbsent(key, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build()).build());
  }

  private static void tooMany(HttpServletResponse response, String message, long retryAfterSeconds) throws IOException {
    response.setStatus(429);
    response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(("{\"status\":429,\"message\":\"" + message + "\",\"errors\":[]}")
        .getBytes(StandardCharsets.UTF_8));
  }
}
