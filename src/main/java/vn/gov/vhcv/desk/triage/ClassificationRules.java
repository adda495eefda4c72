package vn.gov.vhcv.desk.triage;

import static vn.gov.vhcv.desk.casefile.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Phân loại và xử lý đơn" is complete with a category, a conduct code of the catalogue, an official of the register
 * when one is named, and a decision with what it needs: a refusal its reason, a forwarding the receiving body, a
 * request to the sender the question (and a sender who can be reached: not anonymous), a merge another open case about
 * the same official. A wrong value refuses the completion with a clear message, and nothing changes. "Ghi nhận phân
 * loại đơn" ({@link ApplyClassification}) writes the classification down and starts the intake clock.
 */
@Component("classificationRules")
public class ClassificationRules implements TaskListener {

  /** The question to the sender (decision REQUEST_INFO). */
  public static final String INFORMATION_REQUEST = "informationRequest";
  /** The open case a duplicate letter is merged into (decision MERGE): its tracking code. */
  public static final String MERGE_INTO = "mergeIntoCode";

  private final CaseRepository cases;
  private final ReferenceData reference;

  public ClassificationRules(CaseRepository cases, ReferenceData reference) {
    this.cases = cases;
    this.reference = reference;
  }

  @Override
  public void notify(DelegateTask task) {
    Decisions.parse(Category.class, task.getVariable(CATEGORY), "Chưa chọn loại đơn hợp lệ");
    IntakeDecision decision = Decisions.parse(IntakeDecision.class, task.getVariable(INTAKE_DECISION),
        "Chưa chọn quyết định xử lý đơn (thụ lý, từ chối hoặc chuyển đơn)");
    String conduct = Decisions.text(task.getVariable(CONDUCT_CODE));
    if (!reference.conductCodeExists(conduct)) {
      throw new Refusal("Mã hành vi '" + conduct + "' không có trong danh mục văn hóa công vụ");
    }
    String badge = Decisions.text(task.getVariable(OFFICIAL_BADGE_CODE));
    if (badge != null && reference.official(badge).isEmpty()) {
      throw new Refusal("Không tìm thấy cán bộ có mã số thẻ " + badge);
    }
    if (decision == IntakeDecision.REFUSE) {
      Decisions.requireText(task.getVariable(REFUSAL_REASON), 10, "Từ chối thụ lý phải nêu rõ lý do (ít nhất 10 ký tự)");
    }
    if (decision == IntakeDecision.FORWARD) {
      Decisions.requireText(task.getVariable(FORWARD_TO_UNIT), 3, "Chuyển đơn phải ghi rõ cơ quan nhận");
    }
    CaseRecord c = cases.findById(cases.caseIdOf(task)).orElseThrow();
    if (decision == IntakeDecision.REQUEST_INFO) {
      if (c.anonymous()) {
        throw new Refusal("Đơn ẩn danh không thể đề nghị người gửi bổ sung thông tin");
      }
      Decisions.requireText(task.getVariable(INFORMATION_REQUEST), 10, "Phải nêu rõ thông tin cần bổ sung (ít nhất 10 ký tự)");
    }
    if (decision == IntakeDecision.MERGE) {
      String target = Decisions.requireText(task.getVariable(MERGE_INTO), 5, "Phải ghi mã hồ sơ được gộp vào");
      CaseRecord t = cases.findByTrackingCode(target.toUpperCase()).orElseThrow(() -> new Refusal("Không có hồ sơ " + target));
      // the official as this completion identifies them, else as the case knows them
      String official = badge != null ? badge : c.officialBadgeCode();
      if (t.id() == c.id() || t.closedAt() != null || official == null || !official.equals(t.officialBadgeCode())) {
        throw new Refusal("Chỉ gộp vào hồ sơ khác đang giải quyết về cùng người bị phản ánh");
      }
      task.setVariable(MERGE_INTO, t.trackingCode());
    }
  }
}
