package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.casefile.Refusal;

/** A letter is merged only into another open case about the same official. */
@Component("checkMerge")
public class CheckMerge implements TaskListener {

  public static final String MERGE_INTO = "mergeIntoCode";

  private final CaseRepository cases;

  public CheckMerge(CaseRepository cases) {
    this.cases = cases;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!"MERGE".equals(task.getVariable("intakeDecision"))) {
      return;
    }
    CaseRecord c = cases.findById(cases.caseIdOf(task)).orElseThrow();
    String target = Decisions.requireText(task.getVariable(MERGE_INTO), 5, "Phải ghi mã hồ sơ được gộp vào");
    CaseRecord t = cases.findByTrackingCode(target.toUpperCase())
        .orElseThrow(() -> new Refusal("Không có hồ sơ " + target));
    if (t.id() == c.id() || t.closedAt() != null || c.officialBadgeCode() == null
        || !c.officialBadgeCode().equals(t.officialBadgeCode())) {
      throw new Refusal("Chỉ gộp vào hồ sơ khác đang giải quyết về cùng người bị phản ánh");
    }
    task.setVariable(MERGE_INTO, t.trackingCode());
  }
}
