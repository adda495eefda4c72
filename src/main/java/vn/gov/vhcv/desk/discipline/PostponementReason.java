package vn.gov.vhcv.desk.discipline;

/** Why a discipline is not considered yet (chưa xem xét kỷ luật, NĐ 172/2025), as "check-postponement" offers it. */
public enum PostponementReason {
  NONE("Không thuộc trường hợp chưa xem xét kỷ luật"),
  ILLNESS("Đang điều trị bệnh hiểm nghèo, mất khả năng nhận thức hoặc ốm nặng điều trị nội trú"),
  MATERNITY("Đang mang thai, nghỉ thai sản, nuôi con dưới 12 tháng tuổi"),
  CRIMINAL_PROCEEDINGS("Đang bị khởi tố, tạm giữ, tạm giam chờ kết luận điều tra, truy tố, xét xử");

  private final String label;

  PostponementReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
