package vn.gov.vhcv.desk.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.casefile.CaseNotFoundException;
import vn.gov.vhcv.desk.casefile.CaseRepository;

/**
 * The one place where a citizen's tracking code and access code are checked — the API's status and
 * information routes and the portal's status page all come here — and where wrong access codes are counted:
 * after {@code desk.rate-limit.wrong-access-codes} wrong codes within {@code lock-minutes} the tracking code is
 * locked for {@code lock-minutes}, whether or not it exists (so the lock reveals nothing). The lock keys on
 * the normalised tracking code ({@link #normalise}), so spellings of one code share one count. A request that
 * carries no access code is no guess and is not counted. Per node, in memory.
 */
@Component
public class AccessCodeLock {

  private static final int MAX_KEYS = 100_000;

  private final CaseRepository cases;
  private final CaseCodes codes;
  private final int wrongCodesPerLock;
  private final Duration lockTime;
  private final Map<String, Guesses> guesses = new ConcurrentHashMap<>();

  public AccessCodeLock(CaseRepository cases, CaseCodes codes, DeskProperties.RateLimit limits) {
    this.cases = cases;
    this.codes = codes;
    this.wrongCodesPerLock = limits.wrongAccessCodes();
    this.lockTime = Duration.ofMinutes(limits.lockMinutes());
  }

  /** How a tracking code is compared everywhere: decoded (as the route gives it), trimmed, upper case. */
  public static String normalise(String trackingCode) {
    return trackingCode == null ? "" : trackingCode.strip().toUpperCase(Locale.ROOT);
  }

  /**
   * Checks the codes and returns the normalised tracking code of the case they open.
   *
   * @throws Locked when the tracking code is locked (the right access code waits too)
   * @throws CaseNotFoundException for an unknown tracking code or a missing or wrong access code
   */
  public String verify(String trackingCode, String accessCode) {
    String code = normalise(trackingCode);
    String key = code.length() > 32 ? code.substring(0, 32) : code;
    Instant now = Instant.now();
    Guesses g = guesses.get(key);
    if (g != null && g.lockedAt(now)) {
      throw new Locked(lockTime, Duration.between(now, g.lockedUntil));
    }
    boolean guess = accessCode != null && !accessCode.isBlank();
    String storedHash = code.isEmpty() || code.length() > 32 ? null : cases.accessCodeHash(code).orElse(null);
    if (guess && codes.matches(code, accessCode, storedHash)) {
      return code;
    }
    if (guess) {
      wrongGuess(key, now); // this answer is still the 404; the next request meets the lock
    }
    throw new CaseNotFoundException();
  }

  /** Counts a wrong guess; the one that reaches the limit locks the code. */
  private void wrongGuess(String key, Instant now) {
    if (guesses.size() > MAX_KEYS) {
      guesses.entrySet().removeIf(e -> !e.getValue().lockedAt(now)); // bounded memory; locks in force stay
    }
    Guesses g = guesses.computeIfAbsent(key, k -> new Guesses());
    synchronized (g) {
      if (g.windowStart == null || now.isAfter(g.windowStart.plus(lockTime))) {
        g.windowStart = now;
        g.wrong = 0;
      }
      g.wrong++;
      if (g.wrong >= wrongCodesPerLock) {
        g.lockedUntil = now.plus(lockTime);
        g.windowStart = null;
        g.wrong = 0;
      }
    }
  }

  private static final class Guesses {
    Instant windowStart;
    int wrong;
    volatile Instant lockedUntil;

    boolean lockedAt(Instant now) {
      Instant until = lockedUntil;
      return until != null && now.isBefore(until);
    }
  }

  /** Too many wrong access codes for this tracking code: it waits for {@link #retryAfter()}. */
  public static class Locked extends RuntimeException {
    private final Duration retryAfter;

    Locked(Duration lockTime, Duration retryAfter) {
      super("Nhập sai mã truy cập quá nhiều lần; mã hồ sơ này tạm khóa " + lockTime.toMinutes()
          + " phút, vui lòng thử lại sau");
      this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }
}
