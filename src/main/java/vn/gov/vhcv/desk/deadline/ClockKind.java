package vn.gov.vhcv.desk.deadline;

/** The statutory clocks a case can run. */
public enum ClockKind {
  /** Answer whether the letter is accepted, refused or forwarded (thụ lý). */
  ACKNOWLEDGEMENT("Hạn trả lời thụ lý", true),
  /** Resolve the accepted case (giải quyết). */
  RESOLUTION("Hạn giải quyết", true),
  /** Forward a letter outside the desk's competence (Luật Tố cáo Điều 24 khoản 2). */
  FORWARDING("Hạn chuyển đơn", true),
  /** Handle a discipline case from discovery to decision (NĐ 172/2025). */
  DISCIPLINE("Hạn xử lý kỷ luật", true),
  /** Resolve a second-instance complaint (Luật Khiếu nại Điều 37). */
  SECOND_INSTANCE("Hạn giải quyết khiếu nại lần hai", true),
  /** A superior's directive on an overdue case (not stored: the escalation task's own period). */
  ESCALATION("Hạn chỉ đạo xử lý hồ sơ quá hạn", false),
  /** The resolver of an overdue tố cáo reports to the superior (Luật Tố cáo Điều 38). */
  SUPERIOR_REPORT("Hạn báo cáo cấp trên", false);

  private final String label;
  private final boolean watched;

  ClockKind(String label, boolean watched) {
    this.label = label;
    this.watched = watched;
  }

  public String label() {
    return label;
  }

  /** Whether a "Theo dõi thời hạn" process warns and escalates on this clock. */
  public boolean watched() {
    return watched;
  }
}
