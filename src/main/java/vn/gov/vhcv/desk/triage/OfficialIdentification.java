package vn.gov.vhcv.desk.triage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.CaseVariables;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.casefile.Refusal;
import vn.gov.vhcv.desk.portal.PortalDirectory;

/**
 * The official of a case whose sender gave no badge code (a name and a unit as they typed them, or nothing) is
 * identified later from the register: by intake at "Phân loại và xử lý đơn", or by the investigator at the latest in
 * "Dự thảo kết luận xác minh" — a discipline cannot be recommended without them. When either task opens, it shows
 * the officials of the register that match the name the sender typed, with or without diacritics, those of the
 * case's unit first ({@value #SUGGESTIONS}, on the task only). The typed name itself stays in {@code report_case}:
 * the suggestion names only officials of the register (name, title, unit, badge code — what the portal shows anyone).
 */
@Component("suggestOfficials")
public class OfficialIdentification implements TaskListener {

  public static final String SUGGESTIONS = "officialSuggestions";
  static final int SHOWN = 8;

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final PortalDirectory directory;
  private final JdbcClient jdbc;
  private final CaseHistory history;
  private final AuditLog audit;

  public OfficialIdentification(CaseRepository cases, ReferenceData reference, PortalDirectory directory, JdbcClient jdbc,
      CaseHistory history, AuditLog audit) {
    this.cases = cases;
    this.reference = reference;
    this.directory = directory;
    this.jdbc = jdbc;
    this.history = history;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseRecord c = cases.findById(cases.caseIdOf(task)).orElseThrow();
    task.setVariableLocal(SUGGESTIONS, suggestionText(c));
  }

  String suggestionText(CaseRecord c) {
    if (c.officialBadgeCode() != null) {
      return "Đã xác định: " + summary(c.officialBadgeCode());
    }
    List<PortalDirectory.PublicOfficial> found = suggestions(c);
    if (found.isEmpty()) {
      return "Không tìm thấy cán bộ nào trong danh sách khớp với họ tên người gửi ghi; tra cứu theo đơn vị trên cổng "
          + "(/api/public/officials?unit=…) rồi nhập mã số thẻ.";
    }
    StringBuilder text = new StringBuilder(c.officialNameGiven() == null
        ? "Người gửi không ghi họ tên; cán bộ của đơn vị:" : "Cán bộ trong danh sách khớp với họ tên người gửi ghi:");
    for (var o : found) {
      text.append('\n').append(o.badgeCode()).append(" — ").append(o.fullName()).append(", ").append(o.title())
          .append(", ").append(o.unitName());
    }
    return text.append("\nNhập mã số thẻ của người đúng vào ô bên dưới.").toString();
  }

  /**
   * Officials of the register for the name the sender typed: each word of it (two letters or more) is looked up with
   * and without diacritics ({@link PortalDirectory#officials}); the more words an official's name shares, the
   * earlier they come, those of the case's unit before the others. Without a typed name: the case unit's officials.
   */
  public List<PortalDirectory.PublicOfficial> suggestions(CaseRecord c) {
    String unit = c.unitCode();
    String typed = c.officialNameGiven();
    Map<String, PortalDirectory.PublicOfficial> byBadge = new LinkedHashMap<>();
    Map<String, Integer> score = new LinkedHashMap<>();
    if (typed == null || typed.isBlank()) {
      return unit == null ? List.of() : directory.officials(unit, "").stream().limit(SHOWN).toList();
    }
    for (String word : typed.strip().split("\\s+")) {
      if (word.length() < 2) {
        continue;
      }
      for (var o : directory.officials(null, word)) {
        byBadge.putIfAbsent(o.badgeCode(), o);
        score.merge(o.badgeCode(), 1, Integer::sum);
      }
    }
    List<PortalDirectory.PublicOfficial> ranked = new ArrayList<>(byBadge.values());
    ranked.sort(Comparator.<PortalDirectory.PublicOfficial>comparingInt(o -> -score.get(o.badgeCode()))
        .thenComparing(o -> unit != null && unit.equals(o.unitCode()) ? 0 : 1)
        .thenComparing(PortalDirectory.PublicOfficial::fullName));
    // a name that shares only a middle name ("Thị", "Văn") with the typed one is no suggestion when better ones exist
    int best = ranked.isEmpty() ? 0 : score.get(ranked.get(0).badgeCode());
    return ranked.stream().filter(o -> score.get(o.badgeCode()) >= Math.min(best, 2)).limit(SHOWN).toList();
  }

  /**
   * Records the official identified for the case (a badge code of the register; else a refusal in Vietnamese): on
   * {@code report_case}, in the case history and the audit log, and in the case summary the later forms show. Returns
   * whether the case's official changed.
   */
  public boolean identify(DelegateTask task, long caseId, String badgeCode, String actor) {
    return identify(task.getExecution(), caseId, badgeCode, actor);
  }

  /** As {@link #identify(DelegateTask, long, String, String)}, from a step of the case's process. */
  public boolean identify(DelegateExecution execution, long caseId, String badgeCode, String actor) {
    var official = reference.official(badgeCode)
        .orElseThrow(() -> new Refusal("Không tìm thấy cán bộ có mã số thẻ " + badgeCode + " trong danh sách cán bộ"));
    CaseRecord c = cases.findById(caseId).orElseThrow();
    if (badgeCode.equals(c.officialBadgeCode())) {
      return false;
    }
    jdbc.sql("UPDATE report_case SET official_badge_code = :b, unit_code = COALESCE(unit_code, :u) WHERE id = :id")
        .param("b", official.badgeCode()).param("u", official.unitCode()).param("id", caseId).update();
    history.record(caseId, "OFFICIAL_IDENTIFIED", "Xác định người bị phản ánh: " + official.fullName() + " ("
        + official.badgeCode() + ")", actor, false);
    audit.record(actor, "OFFICIAL_IDENTIFIED", caseId, (c.officialBadgeCode() == null ? "" : c.officialBadgeCode() + " → ")
        + official.badgeCode());
    // the forms of this case's next steps show who it is about
    String summary = summary(official.badgeCode());
    for (DelegateExecution e = execution; e != null; e = e.getProcessInstance().getSuperExecution()) {
      e.getProcessInstance().setVariable(CaseVariables.OFFICIAL_SUMMARY, summary);
    }
    return true;
  }

  private String summary(String badgeCode) {
    return reference.official(badgeCode)
        .map(o -> o.fullName() + " — " + o.title() + ", " + reference.unit(o.unitCode()).map(u -> u.name()).orElse(o.unitCode())
            + " (thẻ " + o.badgeCode() + ")")
        .orElse(badgeCode);
  }
}
