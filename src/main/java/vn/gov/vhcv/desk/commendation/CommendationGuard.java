package vn.gov.vhcv.desk.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * NĐ 98/2023/NĐ-CP Điều 4: no commendation, nor proposal, for someone who is being disciplined, inspected or checked
 * on signs of a violation, or about whom a complaint or denunciation is being verified. The desk reads it as: any
 * letter about the official that was accepted and is not yet closed — a tố cáo, a khiếu nại, and a phản ánh too (its
 * verification is a check on signs of a violation of public-service conduct) — and every discipline still running.
 * A letter not yet accepted (being classified, or waiting for the sender's information) does not bar: nothing is
 * being verified yet. Checked when the proposal starts and again when the award is decided.
 */
@Component
public class CommendationGuard {

  private final JdbcClient jdbc;

  public CommendationGuard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Why {@code badgeCode} cannot be commended now (ignoring case {@code caseId}), if anything stands in the way. */
  public Optional<String> obstacle(String badgeCode, long caseId) {
    List<String> all = obstacles(badgeCode, caseId);
    return all.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", all));
  }

  /** Every reason that stands in the way, the discipline first. */
  public List<String> obstacles(String badgeCode, long caseId) {
    if (badgeCode == null) {
      return List.of("Chưa xác định được người được khen ngợi (mã số thẻ)");
    }
    var open = jdbc.sql("""
            SELECT tracking_code, status FROM report_case WHERE official_badge_code = :b AND id <> :id
               AND closed_at IS NULL AND category IN ('TO_CAO', 'KHIEU_NAI', 'PHAN_ANH')
               AND status IN ('IN_VERIFICATION', 'AWAITING_APPROVAL', 'IN_DISCIPLINE') ORDER BY id""")
        .param("b", badgeCode).param("id", caseId)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    var disciplined = open.stream().filter(r -> r[1].equals("IN_DISCIPLINE")).map(r -> r[0]).toList();
    var verified = open.stream().filter(r -> !r[1].equals("IN_DISCIPLINE")).map(r -> r[0]).toList();
    List<String> reasons = new ArrayList<>();
    if (!disciplined.isEmpty()) {
      reasons.add("Người được đề nghị khen thưởng đang bị xem xét xử lý kỷ luật (hồ sơ " + String.join(", ", disciplined) + ")");
    }
    if (!verified.isEmpty()) {
      reasons.add("Người được đề nghị khen thưởng đang có đơn phản ánh, khiếu nại, tố cáo được xác minh, làm rõ (hồ sơ "
          + String.join(", ", verified) + ")");
    }
    return reasons;
  }
}
