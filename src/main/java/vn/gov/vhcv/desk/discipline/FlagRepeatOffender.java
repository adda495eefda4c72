package vn.gov.vhcv.desk.discipline;


import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.notification.OfficialNotices;

/**
 * "Cảnh báo vi phạm nhiều lần": N founded reports about the same official within 12 months (N =
 * {@code desk.discipline.repeat-offender-threshold}, default 2) flag them to the leader of their unit.
 */
@Component("flagRepeatOffender")
public class FlagRepeatOffender implements JavaDelegate {

  private final CaseRepository cases;
  private final ReferenceData reference;
  private final DisciplineRegister register;
  private final OfficialNotices officials;
  private final CaseHistory history;
  private final AuditLog audit;

  public FlagRepeatOffender(CaseRepository cases, ReferenceData reference, DisciplineRegister register, OfficialNotices officials,
      CaseHistory history, AuditLog audit) {
    this.cases = cases;
    this.reference = reference;
    this.register = register;
    this.officials = officials;
    this.history = history;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseRecord c = cases.caseOf(execution);
    long caseId = c.id();
    int founded = register.foundedCasesInLastYear(c.officialBadgeCode());
    if (founded < register.repeatThreshold()) {
      return;
    }
    var official = reference.official(c.officialBadgeCode()).orElseThrow();
    String text = official.fullName() + " (thẻ " + official.badgeCode() + ") có " + founded
        + " phản ánh có cơ sở trong 12 tháng — đề nghị lãnh đạo đơn vị lưu ý, chấn chỉnh";
    history.recordOnce(caseId, "REPEAT_OFFENDER", text, null, false, "REPEAT_OFFENDER:" + caseId);
    audit.record("system", "REPEAT_OFFENDER", caseId, official.badgeCode() + " founded=" + founded);
    officials.repeatOffender(c, official, founded);
  }
}
