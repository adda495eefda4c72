package vn.gov.vhcv.desk.commendation;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * NĐ 98/2023/NĐ-CP Điều 4: no commendation, nor proposal, for someone with a complaint or denunciation
 * still open, or under disciplinary review.
 */
@Component
public class CommendationGuard {

  private final JdbcClient jdbc;
  private final RuntimeService runtime;

  public CommendationGuard(JdbcClient jdbc, RuntimeService runtime) {
    this.jdbc = jdbc;
    this.runtime = runtime;
  }

  /** Why {@code badgeCode} cannot be commended now (ignoring case {@code caseId}), if anything stands in the way. */
  public Optional<String> obstacle(String badgeCode, long caseId) {
    if (badgeCode == null) {
      return Optional.of("Chưa xác định được người được khen ngợi (mã số thẻ)");
    }
    var open = jdbc.sql("""
            SELECT tracking_code, category FROM report_case WHERE official_badge_code = :b AND id <> :id
               AND closed_at IS NULL AND category IN ('TO_CAO', 'KHIEU_NAI') ORDER BY id""")
        .param("b", badgeCode).param("id", caseId).query((rs, i) -> rs.getString(1)).list();
    if (!open.isEmpty()) {
      return Optional.of("Người được đề nghị khen thưởng đang bị khiếu nại, tố cáo chưa giải quyết xong (hồ sơ "
          + String.join(", ", open) + ")");
    }
    var disciplined = runtime.createProcessInstanceQuery().processDefinitionKey("discipline").active().list().stream()
        .map(pi -> pi.getBusinessKey())
        .filter(code -> jdbc.sql("SELECT COUNT(*) FROM report_case WHERE tracking_code = :c AND official_badge_code = :b AND id <> :id")
            .param("c", code).param("b", badgeCode).param("id", caseId).query(Integer.class).single() > 0)
        .toList();
    if (!disciplined.isEmpty()) {
      return Optional.of("Người được đề nghị khen thưởng đang bị xem xét xử lý kỷ luật (hồ sơ " + String.join(", ", disciplined) + ")");
    }
    return Optional.empty();
  }
}
