package vn.gov.vhcv.desk.clock;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.ReferenceData;

/**
 * The one extension model of the desk's clocks: how many extensions a clock may have and how long each may be come
 * from its row of {@code sla-policy.dmn} ({@code maxExtensions}, {@code extensionDays}) for the case's category, area
 * and the complexity the request states — a tố cáo's resolution once (complex) or twice (especially complex), 30 days
 * each (Luật Tố cáo 2018 Điều 30 khoản 1); a discipline case once, 90 → 150 days (NĐ 172/2025/NĐ-CP). Requests,
 * approvals and refusals are rows of {@code clock_extension} ({@link CaseClocks}); the due date moves only on approval.
 * The clock API and the investigation's "Đề nghị gia hạn" / "Phê duyệt gia hạn" steps both go through here.
 */
@Component
public class ClockExtensions {

  private final CaseClocks clocks;
  private final SlaPolicy policy;
  private final ReferenceData reference;

  public ClockExtensions(CaseClocks clocks, SlaPolicy policy, ReferenceData reference) {
    this.clocks = clocks;
    this.policy = policy;
    this.reference = reference;
  }

  /** The policy row that governs an extension of the case's {@code kind} clock at {@code complexity}. */
  public ClockPolicy policy(CaseRecord c, ClockKind kind, Complexity complexity) {
    return policy.policy(c.category(), kind, remote(c), complexity);
  }

  /**
   * Records a request to extend the case's {@code kind} clock by {@code days} (null: the longest the policy allows).
   *
   * @throws IllegalArgumentException with the Vietnamese reason when the policy allows no (more) extension
   */
  public CaseClocks.Extension request(CaseRecord c, ClockKind kind, Integer days, String reason, Complexity complexity,
      String actor) {
    Complexity stated = complexity == null ? Complexity.NORMAL : complexity;
    CaseClock k = clocks.find(c.id(), kind)
        .orElseThrow(() -> new IllegalArgumentException("Hồ sơ chưa có " + kind.label().toLowerCase()));
    if (!k.open()) {
      throw new IllegalArgumentException(kind.label() + " đã kết thúc, không gia hạn được");
    }
    CaseClocks.requireText(reason, 10, "Nêu lý do gia hạn (ít nhất 10 ký tự)");
    ClockPolicy row = policy.find(c.category(), kind, remote(c), stated)
        .orElseThrow(() -> new IllegalArgumentException("Hồ sơ không có " + kind.label().toLowerCase() + " để gia hạn"));
    if (row.maxExtensions() == 0) {
      throw new IllegalArgumentException(kind.label() + " của loại đơn này (" + stated.label().toLowerCase()
          + ") không được gia hạn: " + row.legalBasis() + allowedHint(c, kind));
    }
    long used = clocks.extensions(k.id()).stream().filter(e -> !"REJECTED".equals(e.status())).count();
    if (used >= row.maxExtensions()) {
      throw new IllegalArgumentException("Vụ việc " + stated.label().toLowerCase() + " chỉ được gia hạn "
          + row.maxExtensions() + " lần; hồ sơ đã được gia hạn " + used + " lần (" + row.legalBasis() + ")");
    }
    int asked = days == null ? row.extensionDays() : days;
    if (asked < 1 || asked > row.extensionDays()) {
      throw new IllegalArgumentException("Mỗi lần gia hạn từ 1 đến " + row.extensionDays() + " ngày: " + row.legalBasis());
    }
    return clocks.requestExtension(k, asked, reason, stated, row, actor);
  }

  /** The extension of the case's {@code kind} clock waiting for a leader's decision. */
  public Optional<CaseClocks.Extension> pending(long caseId, ClockKind kind) {
    return clocks.find(caseId, kind).flatMap(k -> clocks.extensions(k.id()).stream()
        .filter(e -> "REQUESTED".equals(e.status())).reduce((a, b) -> b));
  }

  /** How many extensions of the case's {@code kind} clock a leader approved. */
  public int approved(long caseId, ClockKind kind) {
    return clocks.find(caseId, kind).map(k -> (int) clocks.extensions(k.id()).stream()
        .filter(e -> "APPROVED".equals(e.status())).count()).orElse(0);
  }

  private boolean remote(CaseRecord c) {
    return reference.unit(c.unitCode()).map(ReferenceData.Unit::remoteArea).orElse(false);
  }

  /** Which categories the table lets extend this kind of clock, e.g. "Chỉ đơn tố cáo được gia hạn hạn giải quyết". */
  private String allowedHint(CaseRecord c, ClockKind kind) {
    List<String> allowed = Arrays.stream(Category.values())
        .filter(cat -> Arrays.stream(Complexity.values())
            .anyMatch(x -> policy.find(cat, kind, remote(c), x).map(p -> p.maxExtensions() > 0).orElse(false)))
        .map(cat -> cat.label().toLowerCase()).collect(Collectors.toList());
    if (allowed.isEmpty() || c.category() == null || allowed.contains(c.category().label().toLowerCase())) {
      return "";
    }
    return ". Chỉ đơn " + String.join(", ", allowed) + " được gia hạn " + kind.label().toLowerCase();
  }
}
