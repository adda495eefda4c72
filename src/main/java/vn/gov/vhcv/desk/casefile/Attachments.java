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
 * magic numbers); the name the sender gave only names the file in a refusal. A file is stored under a name
 * the desk makes from its detected type ({@code tep-1.pdf}, {@code tep-2.png}, …), so no name the sender
 * chose (a {@code .php}, an {@code .exe} that is a PNG) reaches a disk or a browser. A DOCX is a ZIP: its
 * parts are read with a bound on the inflated bytes and on their number, so a ZIP bomb is refused
 * after at most {@link #MAX_DOCX_INFLATED_BYTES} inflated bytes.
 */
@Repository
public class Attachments {

  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_FILES = 5;
  /** A DOCX inflating to more than this is refused (a 10 MB Word document with text inflates to a few tens of MB). */
  public static final long MAX_DOCX_INFLATED_BYTES = 100L * 1024 * 1024;
  /** A DOCX with more parts than this is refused (Word writes a few dozen, a few hundred with many images). */
  public static final int MAX_DOCX_ENTRIES = 1_000;

  /** Detected type → what we call it. DOCX is a ZIP container that Tika recognises by its parts. */
  public static final Map<String, String> ALLOWED = Map.of(
      "application/pdf", "PDF",
      "image/jpeg", "JPG",
      "image/png", "PNG",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");

  public record Meta(long id, long caseId, String fileName, String contentType, long sizeBytes, String sha256,
      OffsetDateTime uploadedAt, Kind kind, String uploadedBy) {}

  /** What a file is to the case ({@code attachment.kind}, V15). */
  public enum Kind {
    /** Sent by the citizen with the report or with added information. */
    REPORT("Người gửi gửi kèm"),
    /** Evidence gathered during the verification, uploaded on the case page. */
    EVIDENCE("Chứng cứ xác minh"),
    /** The official's written explanation, uploaded on the case page. */
    EXPLANATION("Văn bản giải trình của người bị phản ánh");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Upload(String fileName, byte[] bytes) {}

  /**
   * A checked file, ready to store. {@code fileName} is the sender's name, cleaned, for messages only; the
   * stored name comes from {@link #extension()}.
   */
  public record Checked(String fileName, String contentType, byte[] bytes, String sha256) {
    /** The extension of the detected type: pdf, jpg, png or docx. */
    public String extension() {
      return ALLOWED.get(contentType).toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final Tika TIKA = new Tika();

  private final JdbcClient jdbc;
  private final DeskClock clock;

  public Attachments(JdbcClient jdbc, DeskClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Refuses a file by its declared size before its bytes are read: the portal lets an upload larger than
   * {@link #MAX_BYTES} reach the page (to answer it with the form, not a connection reset), never into memory.
   */
  public static void checkSize(String fileName, long size) throws RejectedFile {
    if (size > MAX_BYTES) {
      throw new RejectedFile(safeName(fileName) + ": tệp lớn hơn 10 MB");
    }
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
      type = switch (wordDocument(bytes)) {
        case WORD -> DOCX;
        case BOMB -> throw new RejectedFile(name + ": tệp DOCX bất thường (giải nén ra quá lớn hoặc có quá nhiều phần,"
            + " tối đa " + MAX_DOCX_INFLATED_BYTES / (1024 * 1024) + " MB và " + MAX_DOCX_ENTRIES + " phần); không nhận tệp này");
        case OTHER -> type;
      };
    }
    if (!ALLOWED.containsKey(type)) {
      throw new RejectedFile(name + ": chỉ nhận tệp PDF, JPG, PNG hoặc DOCX (nội dung tệp này không thuộc các loại đó)");
    }
    return new Checked(name, type, bytes, sha256(bytes));
  }

  private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  enum ZipVerdict { WORD, OTHER, BOMB }

  /**
   * Whether a ZIP is a Word document (it has the OOXML parts of one). Every part is inflated to reach the next
   * one (a ZIP is read as a stream), so the inflated bytes and the parts are counted and the reading stops at
   * the first bound passed: a ZIP bomb costs at most {@link #MAX_DOCX_INFLATED_BYTES} of inflating, in a
   * small buffer.
   */
  static ZipVerdict wordDocument(byte[] bytes) {
    boolean contentTypes = false;
    boolean document = false;
    long inflated = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bytes))) {
      java.util.zip.ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_DOCX_ENTRIES) {
          return ZipVerdict.BOMB;
        }
        contentTypes |= entry.getName().equals("[Content_Types].xml");
        document |= entry.getName().equals("word/document.xml");
        for (int n; (n = zip.read(buffer)) > 0; ) {
          inflated += n;
          if (inflated > MAX_DOCX_INFLATED_BYTES) {
            return ZipVerdict.BOMB;
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return ZipVerdict.OTHER;
    }
    return contentTypes && document ? ZipVerdict.WORD : ZipVerdict.OTHER;
  }

  /** Stores a file the citizen sent as {@code tep-N.ext}: N counts the case's files, ext is the detected type's. */
  public long store(long caseId, Checked file, String uploadedBy) {
    return store(caseId, file, uploadedBy, Kind.REPORT);
  }

  /** Stores the file as {@code tep-N.ext} with its kind. */
  public long store(long caseId, Checked file, String uploadedBy, Kind kind) {
    long n = jdbc.sql("SELECT COUNT(*) FROM attachment WHERE case_id = :caseId").param("caseId", caseId)
        .query(Long.class).single() + 1;
    String storedName = "tep-" + n + "." + file.extension();
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO attachment (case_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at, kind)
            VALUES (:caseId, :name, :type, :size, :sha, :content, :by, :at, :kind)""")
        .param("caseId", caseId).param("name", storedName).param("type", file.contentType())
        .param("size", (long) file.bytes().length).param("sha", file.sha256()).param("content", file.bytes())
        .param("by", uploadedBy).param("at", clock.nowOffset()).param("kind", kind.name())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public List<Meta> ofCase(long caseId) {
    return jdbc.sql("SELECT id, case_id, file_name, content_type, size_bytes, sha256, uploaded_at, kind, uploaded_by FROM attachment"
            + " WHERE case_id = :id ORDER BY id")
        .param("id", caseId)
        .query((rs, i) -> new Meta(rs.getLong(1), rs.getLong(2), servedName(rs.getLong(1), rs.getString(3), rs.getString(4)),
            rs.getString(4), rs.getLong(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
            Kind.valueOf(rs.getString(8)), rs.getString(9)))
        .list();
  }

  /**
   * The name a file is shown and downloaded under: the stored {@code tep-N.ext} when it has its type's extension;
   * for a file stored under the sender's name (before names were derived from the type) {@code tep-<id>.ext}.
   */
  static String servedName(long id, String storedName, String contentType) {
    String ext = ALLOWED.getOrDefault(contentType, "bin").toLowerCase(java.util.Locale.ROOT);
    return storedName != null && storedName.matches("tep-[0-9]+\\." + ext) ? storedName : "tep-" + id + "." + ext;
  }

  public Optional<byte[]> content(long caseId, long attachmentId) {
    return jdbc.sql("SELECT content FROM attachment WHERE id = :id AND case_id = :caseId")
        .param("id", attachmentId).param("caseId", caseId)
        .query((rs, i) -> rs.getBytes(1)).optional();
  }

  /** Keeps letters, digits, spaces, dots, dashes and underscores (Vietnamese letters included). */
  public static String safeName(String name) {
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
