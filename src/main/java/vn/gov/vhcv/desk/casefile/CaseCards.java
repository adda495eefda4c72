package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What a handler must see of a case to find and judge a task without opening it: its tracking code and the official
 * it is about (never the complainant, never a name the sender typed). Tasklist cards and the "việc đang chờ" mail use it.
 */
@Component
public class CaseCards {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A case seen from one of its tasks. */
  public record Card(String trackingCode, String official) {

    /** "Phân loại và xử lý đơn · VH261202-ABC123 · Trương Thị Kim Chi" (kept within the engine's 255 characters). */
    public String title(String step) {
      String base = step == null ? "" : step;
      if (base.contains(trackingCode)) {
        return base;
      }
      String t = base + " · " + trackingCode + " · " + official;
      return t.length() <= 255 ? t : t.substring(0, 254) + "…";
    }

    public String description(LocalDate due) {
      return "Hồ sơ " + trackingCode + " — cán bộ: " + official + (due == null ? "" : " — hạn xử lý: " + due.format(DAY))
          + ". Nội dung đơn, tài liệu, chứng cứ và diễn biến: trang hồ sơ /staff/cases/" + trackingCode;
    }
  }

  /** The step's own name of a task named as a card ("Phân loại và xử lý đơn · VH… · …" → "Phân loại và xử lý đơn"). */
  public static String step(String taskName) {
    if (taskName == null) {
      return null;
    }
    int cut = taskName.indexOf(" · ");
    return cut < 0 ? taskName : taskName.substring(0, cut);
  }

  /** The official a task named as a card is about ("… · VH… · Trương Thị Kim Chi" → "Trương Thị Kim Chi"), else null. */
  public static String officialOf(String taskName) {
    if (taskName == null) {
      return null;
    }
    String[] parts = taskName.split(" · ", 3);
    return parts.length == 3 ? parts[2] : null;
  }

  private final CaseRepository cases;
  private final ReferenceData reference;

  public CaseCards(CaseRepository cases, ReferenceData reference) {
    this.cases = cases;
    this.reference = reference;
  }

  public Optional<Card> of(String trackingCode) {
    return cases.findByTrackingCode(trackingCode).map(c -> new Card(c.trackingCode(), official(c)));
  }

  /** The official as the register names them; a name the citizen typed is marked as not yet identified. */
  public String official(CaseRecord c) {
    if (c.officialBadgeCode() != null) {
      return reference.official(c.officialBadgeCode()).map(ReferenceData.Official::fullName).orElse(c.officialBadgeCode());
    }
    // a name the sender typed is their words: it stays on the case page, never in the engine (task names, history)
    String unit = reference.unit(c.unitCode()).map(u -> u.name()).orElse(null);
    String who = c.officialNameGiven() != null ? "cán bộ chưa xác định mã thẻ" : "chưa rõ cán bộ";
    return unit == null ? who : who + ", " + unit;
  }
}
