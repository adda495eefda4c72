package vn.gov.vhcv.desk.clock;

/** The statutory clocks a case can run. */
public enum ClockKind {
  /** Answer whether the letter is accepted, refused or forwarded (thụ lý). */
  ACKNOWLEDGEMENT("Hạn trả lời thụ lý", true, false),
  /** Resolve the accepted case (giải quyết). */
  RESOLUTION("Hạn giải quyết", true, true),
  /** Forward a letter outside the desk's competence (Luật Tố cáo Điều 24 khoản 2). */
  FORWARDING("Hạn chuyển đơn", true, false),
  /** Handle a discipline case from discovery to decision (NĐ 172/2025). */
  DISCIPLINE("Hạn xử lý kỷ luật", true, false),
  /** Resolve a second-instance complaint (Luật Khiếu nại Điều 37). */
  SECOND_INSTANCE("Hạn giải quyết khiếu nại lần hai", true, true),
  /** A superior's directive on an overdue case (not stored: the escalation task's own period). */
  ESCALATION("Hạn chỉ đạo xử lý hồ sơ quá hạn", false, false),
  /** The resolver of an overdue tố cáo reports to the superior (Luật Tố cáo Điều 38). */
  SUPERIOR_REPORT("Hạn báo cáo cấp trên", false, false),
  /** The official may appeal a discipline decision (Luật Khiếu nại 2011 Điều 48; not stored: the register keeps it). */
  DISCIPLINE_APPEAL("Thời hạn khiếu nại quyết định kỷ luật", false, false),
  /**
   * The complainant may take a first-instance complaint to the next level (Luật Khiếu nại 2011 Điều 33; not stored:
   * checked when the second complaint is filed).
   */
  SECOND_INSTANCE_FILING("Thời hạn khiếu nại lần hai", false, false);

  private final String label;
  private final boolean watched;
  private final boolean progressNotices;

  ClockKind(String label, boolean watched, boolean progressNotices) {
    this.label = label;
    this.watched = watched;
    this.progressNotices = progressNotices;
  }

  public String label() {
    return label;
  }

  /** Whether a "Theo dõi thời hạn" process warns and escalates on this clock. */
  public boolean watched() {
    return watched;
  }

  /**
   * Whether the complainant gets "Thông tin tiến độ" every {@link ProgressSchedule#WORKING_DAYS} working days
   * while this clock is overdue: the periods the complainant waits on for the result.
   */
  public boolean progressNotices() {
    return progressNotices;
  }
}
