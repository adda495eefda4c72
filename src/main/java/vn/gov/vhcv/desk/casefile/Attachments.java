package vn.gov.vhcv.desk.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;

/**
 * Evidence files of a case ({@code attachment}). The type is detected from the bytes (Apache Tika's
 * magic numbers); the name the sender gave is kept only as a label.
 */
@Repository
public class Attachments {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_FILES = 5;

  /** Detected type → what we call it. DOCX is a ZIP container that Tika recognises by its parts. */
  public static final Map<String, String> ALLOWED = Map.of(
      "application/pdf", "PDF",
      "image/jpeg", "JPG",
      "image/png", "PNG",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");

  public record Meta(long id, long caseId, String fileName, String contentType, long sizeBytes, String sha256,
      OffsetDateTime uploadedAt) {}

  public record Upload(String fileName, byte[] bytes) {}

  /** A checked file, ready to store. */
  public record Checked(String fileName, String contentType, byte[] bytes, String sha256) {}

  private static final Tika TIKA = new Tika();

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public Attachments(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Checks size and type by content; returns the problem in Vietnamese, or the checked file. */
  public static Checked check(Upload upload) throws RejectedFile {
    String name = safeName(upload.fileName());
    byte[] bytes = upload.bytes();
    if (bytes.length == 0) {
      throw new RejectedFile(name + ": tệp rỗng");
    }
    if (bytes.length > MAX_BYTES) {
      throw new RejectedFile(name + ": tệp lớn hơn 10 MB");
    }
    String type;
    try {
      // no file name given to Tika: the type comes from the content alone
      type = TIKA.detect(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new RejectedFile(name + ": không đọc được tệp");
    }
    if ("application/zip".equals(type) || "application/x-tika-ooxml".equals(type)) {
      // tika-core sees the ZIP container; a Word document is one with the OOXML parts of a document
      type = isWordDocument(bytes) ? DOCX : type;
    }
    if (!ALLOWED.containsKey(type)) {
      throw new RejectedFile(name + ": chỉ nhận tệp PDF, JPG, PNG hoặc DOCX (nội dung tệp này không thuộc các loại đó)");
    }
    return new Checked(name, type, bytes, sha256(bytes));
  }

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  static boolean isWordDocument(byte[] bytes) {
    boolean contentTypes = false;
    boolean document = false;
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      java.util.zip.ZipEntry entry;
      int entries = 0;
      while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        document |= entry.getName().equals("word/document.xml");
      }
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
    return contentTypes && document;
  }

  public long store(long caseId, Checked file, String uploadedBy) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO attachment (case_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
            VALUES (:caseId, :name, :type, :size, :sha, :content, :by, :at)""")
        .param("caseId", caseId).param("name", file.fileName()).param("type", file.contentType())
        .param("size", (long) file.bytes().length).param("sha", file.sha256()).param("content", file.bytes())
        .param("by", uploadedBy).param("at", clock.nowOffset())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public List<Meta> ofCase(long caseId) {
    return jdbc.sql("SELECT id, case_id, file_name, content_type, size_bytes, sha256, uploaded_at FROM attachment"
            + " WHERE case_id = :id ORDER BY id")
        .param("id", caseId)
        .query((rs, i) -> new Meta(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
            rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
        .list();
  }

  public Optional<byte[]> content(long caseId, long attachmentId) {
    return jdbc.sql("SELECT content FROM attachment WHERE id = :id AND case_id = :caseId")
        .param("id", attachmentId).param("caseId", caseId)
        .query((rs, i) -> rs.getBytes(1)).optional();
  }

  /** Keeps letters, digits, spaces, dots, dashes and underscores (Vietnamese letters included). */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    base = base.replaceAll("[^\\p{L}\\p{M}\\p{N} ._-]", "_").strip();
    if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
      base = "tep-dinh-kem";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A file the desk does not take, with the reason for the sender. */
  public static class RejectedFile extends Exception {
    public RejectedFile(String message) {
      super(message);
    }
  }
}
