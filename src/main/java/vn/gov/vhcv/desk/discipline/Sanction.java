package vn.gov.vhcv.desk.discipline;

import java.util.Set;

/** Disciplinary sanctions (NĐ 172/2025/NĐ-CP; viên chức: Luật Viên chức), lightest first. */
public enum Sanction {
  NONE("Không kỷ luật", 0, Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC"), false),
  KHIEN_TRACH("Khiển trách", 1, Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC"), false),
  CANH_CAO("Cảnh cáo", 2, Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC"), false),
  CACH_CHUC("Cách chức", 3, Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC"), true),
  BUOC_THOI_VIEC("Buộc thôi việc", 4, Set.of("CONG_CHUC", "VIEN_CHUC"), false),
  BAI_NHIEM("Bãi nhiệm", 4, Set.of("CAN_BO"), false);

  private final String label;
  private final int weight;
  private final Set<String> kinds;
  private final boolean leadersOnly;

  Sanction(String label, int weight, Set<String> kinds, boolean leadersOnly) {
    this.label = label;
    this.weight = weight;
    this.kinds = kinds;
    this.leadersOnly = leadersOnly;
  }

  public String label() {
    return label;
  }

  public int weight() {
    return weight;
  }

  /** Whether the law knows this form for that kind of official (cách chức: leaders only; bãi nhiệm: cán bộ only). */
  public boolean appliesTo(String officialKind, boolean leader) {
    return kinds.contains(officialKind) && (!leadersOnly || leader);
  }

  /**
   * Thời hiệu follows the form the breach warrants: 5 years where khiển trách applies, 10 years otherwise (Luật Cán
   * bộ, công chức; NĐ 172/2025/NĐ-CP) — not the conduct code's level.
   */
  public static int limitationYears(Sanction warranted) {
    return warranted == KHIEN_TRACH || warranted == NONE ? 5 : 10;
  }
}
