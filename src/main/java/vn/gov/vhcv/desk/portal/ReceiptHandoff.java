package vn.gov.vhcv.desk.portal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.intake.CaseCodes;
import vn.gov.vhcv.desk.intake.Receipt;
import vn.gov.vhcv.desk.notification.AccessCodeSeal;

/**
 * Carries a receipt from the report's POST to the receipt page it redirects to (Post/Redirect/Get), shown once:
 * the codes travel in a cookie sealed with the desk's access-code key (AES-256-GCM, bound to this use), limited
 * to {@code /portal/receipt}, HttpOnly, SameSite=Strict, {@link #TTL} at most, and deleted by the page that
 * shows them; the page opens each cookie once (its hash is kept in {@code receipt_shown} while a cookie could
 * live), so a copy of it shows nothing. Never in a URL (no access log or Referer sees the access code), never
 * in the database or a session, and any node with the same key shows it.
 */
@Component
public class ReceiptHandoff {

  static final String COOKIE = "desk_receipt";
  static final String PATH = "/portal/receipt";
  static final Duration TTL = Duration.ofMinutes(10);

  private static final byte[] AAD = "portal.receipt.v1".getBytes(StandardCharsets.UTF_8);
  private static final int IV_BYTES = 12;

  /** What the receipt page shows. */
  public record Shown(Receipt receipt, boolean praise) {}

  private final SecretKey key;
  private final DeskClock clock;
  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  public ReceiptHandoff(DeskProperties desk, DeskClock clock, JdbcClient jdbc) {
    this.key = AccessCodeSeal.key(desk.mail() == null ? null : desk.mail().accessCodeKey());
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** Hands {@code receipt} to the next GET of the receipt page. */
  public void handOver(Receipt receipt, boolean praise, HttpServletRequest request, HttpServletResponse response) {
    String plain = String.join("\n", receipt.trackingCode(), receipt.accessCode(),
        String.valueOf(receipt.acknowledgementDue()), String.valueOf(praise), String.valueOf(clock.now().getEpochSecond()));
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      cipher.updateAAD(AAD);
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      set(response, request, Base64.getUrlEncoder().withoutPadding().encodeToString(out), TTL);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The receipt handed over, if any (and not older than {@link #TTL}); the cookie is deleted either way. */
  public Optional<Shown> takeOver(HttpServletRequest request, HttpServletResponse response) {
    String value = null;
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName())) {
          value = c.getValue();
        }
      }
    }
    if (value == null) {
      return Optional.empty();
    }
    set(response, request, "", Duration.ZERO);
    try {
      byte[] in = Base64.getUrlDecoder().decode(value);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
      cipher.updateAAD(AAD);
      String[] p = new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8).split("\n");
      if (Instant.ofEpochSecond(Long.parseLong(p[4])).plus(TTL).isBefore(clock.now()) || !firstShowing(value)) {
        return Optional.empty();
      }
      return Optional.of(new Shown(new Receipt(p[0], p[1], LocalDate.parse(p[2])), Boolean.parseBoolean(p[3])));
    } catch (GeneralSecurityException | RuntimeException e) {
      return Optional.empty(); // altered, sealed with another key, or not ours: nothing to show
    }
  }

  /** Records that the cookie {@code value} is shown now; false if it was shown before. */
  private boolean firstShowing(String value) {
    var now = clock.nowOffset();
    jdbc.sql("DELETE FROM receipt_shown WHERE shown_at < :before").param("before", now.minus(TTL.multipliedBy(2))).update();
    try {
      jdbc.sql("INSERT INTO receipt_shown (cookie_hash, shown_at) VALUES (:h, :at)")
          .param("h", CaseCodes.sha256("receipt_shown:" + value)).param("at", now).update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  private static void set(HttpServletResponse response, HttpServletRequest request, String value, Duration maxAge) {
    response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, value).path(request.getContextPath() + PATH)
        .httpOnly(true).secure(request.isSecure()).sameSite("Strict").maxAge(maxAge).build().toString());
  }
}
