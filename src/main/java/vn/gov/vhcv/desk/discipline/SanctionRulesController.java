package vn.gov.vhcv.desk.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.FieldError;
import vn.gov.vhcv.desk.intake.InvalidReportException;

/**
 * "Tra cứu quy tắc kỷ luật" (staff login, every role): the form of discipline the law gives for a breach, from the
 * same decision table the discipline evaluates, whether its limitation has run out, and the legal basis. Nothing is
 * stored.
 */
@RestController
@RequestMapping("/api/rules")
public class SanctionRulesController {

  private static final Set<String> KINDS = Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC");

  public record SanctionQuestion(String officialKind, Boolean leader, String severity, String priorSanction,
      LocalDate priorSanctionDecidedOn, LocalDate breachOn) {}

  public record SanctionAnswer(String form, String legalBasis, boolean timeBarred) {}

  private final SanctionTable table;
  private final DeskClock clock;

  public SanctionRulesController(SanctionTable table, DeskClock clock) {
    this.table = table;
    this.clock = clock;
  }

  @PostMapping("/sanction")
  public SanctionAnswer sanction(@RequestBody SanctionQuestion q) {
    List<FieldError> errors = new ArrayList<>();
    if (q.officialKind() == null || !KINDS.contains(q.officialKind())) {
      errors.add(new FieldError("officialKind", "Phải là CAN_BO (cán bộ), CONG_CHUC (công chức) hoặc VIEN_CHUC (viên chức)"));
    }
    if (q.leader() == null) {
      errors.add(new FieldError("leader", "Phải ghi true hoặc false: có giữ chức vụ lãnh đạo, quản lý (với cán bộ: "
          + "được phê chuẩn, bổ nhiệm, chỉ định) hay không"));
    }
    Severity severity = Severity.of(q.severity());
    if (severity == null) {
      errors.add(new FieldError("severity", "Phải là LESS_SERIOUS (ít nghiêm trọng), SERIOUS (nghiêm trọng) hoặc "
          + "VERY_SERIOUS (rất nghiêm trọng)"));
    }
    Sanction prior = q.priorSanction() == null ? Sanction.NONE : prior(q.priorSanction());
    if (prior == null) {
      errors.add(new FieldError("priorSanction", "Phải là NONE, KHIEN_TRACH, CANH_CAO, CACH_CHUC, BUOC_THOI_VIEC hoặc BAI_NHIEM"));
    }
    if (q.breachOn() == null) {
      errors.add(new FieldError("breachOn", "Thiếu ngày vi phạm (YYYY-MM-DD)"));
    } else if (q.breachOn().isAfter(clock.today())) {
      errors.add(new FieldError("breachOn", "Ngày vi phạm không thể sau hôm nay"));
    }
    if (prior != null && prior != Sanction.NONE) {
      if (q.priorSanctionDecidedOn() == null) {
        errors.add(new FieldError("priorSanctionDecidedOn", "Có hình thức kỷ luật trước thì phải ghi ngày quyết định (YYYY-MM-DD)"));
      } else if (q.breachOn() != null && q.priorSanctionDecidedOn().isAfter(q.breachOn())) {
        errors.add(new FieldError("priorSanctionDecidedOn", "Quyết định kỷ luật trước sau ngày vi phạm: vi phạm này không phải "
            + "tái phạm, gửi priorSanction NONE"));
      }
    }
    if (prior == Sanction.BUOC_THOI_VIEC || prior == Sanction.BAI_NHIEM) {
      errors.add(new FieldError("priorSanction", "Người đã bị buộc thôi việc hoặc bãi nhiệm không còn là đối tượng xử lý kỷ luật "
          + "theo bảng này"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidReportException(errors);
    }
    boolean serving = SanctionTable.serving(q.priorSanctionDecidedOn(), q.breachOn());
    SanctionTable.Answer a = table.evaluate(q.officialKind(), q.leader(), severity, prior, serving);
    boolean timeBarred = clock.today().isAfter(SanctionTable.limitationEnds(q.breachOn(), a.form(), 0));
    return new SanctionAnswer(a.form().name(), a.legalBasis(), timeBarred);
  }

  private static Sanction prior(String value) {
    for (Sanction s : Sanction.values()) {
      if (s.name().equals(value)) {
        return s;
      }
    }
    return null;
  }
}
