package vn.gov.vhcv.desk.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;

/**
 * Keeps a citizen's access code out of every stored notice. The acknowledgement is stored with
 * {@link #PLACEHOLDER} where the code goes, and the code itself only sealed (AES-256-GCM, column
 * {@code notification_outbox.sealed_access_code}) with a key that is not in the database
 * ({@code desk.mail.access-code-key}, base64 of 32 bytes): the step that sends the mail opens it, puts it into
 * the text it hands to the SMTP server, and wipes the sealed value once the server accepted the mail. No page
 * reads the column; a copy of the database alone gives no code away. The seal is bound to the notice's case,
 * so it cannot be moved to another notice.
 */
@Component
public class AccessCodeSeal {

  /** What the stored text of a notice holds where the mail carries the access code. */
  public static final String PLACEHOLDER = "[chỉ có trong thư gửi người phản ánh, không lưu lại]";
  public static final String KEY_PROPERTY = "desk.mail.access-code-key";

  private static final String VERSION = "v1:";
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public AccessCodeSeal(DeskProperties desk) {
    this.key = key(desk.mail() == null ? null : desk.mail().accessCodeKey());
  }

  /** The key from its setting; the desk does not start without a valid one. */
  public static SecretKey key(String base64) {
    String problem = problemWith(base64);
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
    return new SecretKeySpec(Base64.getDecoder().decode(base64.strip()), "AES");
  }

  /** Why {@code base64} is no usable key, or null when it is one. */
  public static String problemWith(String base64) {
    String how = " (32 random bytes in base64, e.g. `openssl rand -base64 32`; env DESK_MAIL_ACCESS_CODE_KEY)";
    if (base64 == null || base64.isBlank()) {
      return "Set " + KEY_PROPERTY + how + ": the desk seals citizens' access codes with it until their mail is sent";
    }
    try {
      if (Base64.getDecoder().decode(base64.strip()).length != 32) {
        return KEY_PROPERTY + " must be 32 bytes" + how;
      }
    } catch (IllegalArgumentException e) {
      return KEY_PROPERTY + " is not base64" + how;
    }
    return null;
  }

  /** The access code sealed for the notice of case {@code caseId}. */
  public String seal(Long caseId, String accessCode) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(boundTo(caseId));
      byte[] sealed = cipher.doFinal(accessCode.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[iv.length + sealed.length];
      System.arraycopy(iv, 0, out, 0, iv.length);
      System.arraycopy(sealed, 0, out, iv.length, sealed.length);
      return VERSION + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The access code of a sealed value; fails if the key is not the one it was sealed with, or it was altered. */
  public String open(Long caseId, String sealed) {
    if (sealed == null || !sealed.startsWith(VERSION)) {
      throw new IllegalStateException("Mã bí mật niêm phong không đúng định dạng");
    }
    try {
      byte[] in = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
      cipher.updateAAD(boundTo(caseId));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Không mở được mã bí mật đã niêm phong của thông báo (khóa " + KEY_PROPERTY
          + " đã đổi?)", e);
    }
  }

  /** The text as mailed: the access code in place of {@link #PLACEHOLDER}. */
  public static String fill(String storedText, String accessCode) {
    return storedText.replace(PLACEHOLDER, accessCode);
  }

  /** Whether {@code text} holds the access code, with or without its dashes. */
  public static boolean holds(String text, String accessCode) {
    if (text == null || accessCode == null || accessCode.isBlank()) {
      return false;
    }
    String bare = accessCode.replace("-", "");
    String upper = text.toUpperCase(java.util.Locale.ROOT);
    return upper.contains(accessCode.toUpperCase(java.util.Locale.ROOT)) || upper.contains(bare.toUpperCase(java.util.Locale.ROOT));
  }

  private static byte[] boundTo(Long caseId) {
    return ("notification_outbox.sealed_access_code:case=" + caseId).getBytes(StandardCharsets.UTF_8);
  }
}
