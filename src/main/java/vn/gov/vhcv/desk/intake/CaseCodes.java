package vn.gov.vhcv.desk.intake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Tracking codes ({@code VH261126-K7P3QX}: prefix, date received, six random characters) and secret
 * access codes (12 random characters, about 60 bits, shown as {@code XXXX-XXXX-XXXX}). Only a salted
 * hash of the access code is stored. With an Idempotency-Key the access code is derived from the key,
 * so a retried submission can be answered with the same code without the desk keeping it.
 */
@Component
public class CaseCodes {

  private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
  private volatile java.util.Random random = new SecureRandom();

  /** Tests only: draws codes from {@code source} ({@code null}: back to the secure generator). */
  void drawFrom(java.util.Random source) {
    this.random = source == null ? new SecureRandom() : source;
  }

  public String newTrackingCode(LocalDate receivedOn) {
    return "VH" + DAY.format(receivedOn) + "-" + randomChars(6);
  }

  public String newAccessCode() {
    return group(randomChars(12));
  }

  /** The access code of a case submitted with an idempotency key. */
  public String accessCodeFor(String idempotencyKey, String trackingCode) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(idempotencyKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] h = mac.doFinal(trackingCode.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder(12);
      for (int i = 0; i < 12; i++) {
        sb.append(ALPHABET[(h[i] & 0xff) % ALPHABET.length]);
      }
      return group(sb.toString());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public String hashAccessCode(String trackingCode, String accessCode) {
    return "sha256:" + sha256(trackingCode + ":" + normalize(accessCode));
  }

  /** Compares in constant time; a missing stored hash still costs one hash. */
  public boolean matches(String trackingCode, String accessCode, String storedHash) {
    String candidate = hashAccessCode(trackingCode, accessCode == null ? "" : accessCode);
    String stored = storedHash == null ? "sha256:" + "0".repeat(64) : storedHash;
    return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.US_ASCII), stored.getBytes(StandardCharsets.US_ASCII))
        && storedHash != null;
  }

  public static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String normalize(String code) {
    return code.toUpperCase().replaceAll("[^A-Z0-9]", "");
  }

  private static String group(String s) {
    return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12);
  }

  private String randomChars(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }
}
