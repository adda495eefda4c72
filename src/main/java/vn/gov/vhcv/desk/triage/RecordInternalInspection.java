package vn.gov.vhcv.desk.triage;


import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Decisions;
import vn.gov.vhcv.desk.security.Actors;
import vn.gov.vhcv.desk.casefile.Refusal;

/**
 * "Kiểm tra phục vụ quản lý": an anonymous letter is not handled as a complaint or denunciation
 * (Luật Tố cáo 2018, Điều 25); when its content is concrete the unit checks it for management purposes.
 */
@Component("recordInternalInspection")
public class RecordInternalInspection implements TaskListener {

  private final CaseRepository cases;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Actors actors;

  public RecordInternalInspection(CaseRepository cases, CaseHistory history, AuditLog audit, Actors actors) {
    this.cases = cases;
    this.history = history;
    this.audit = audit;
    this.actors = actors;
  }

  @Override
  public void notify(DelegateTask task) {
    long caseId = cases.caseIdOf(task);
    String result = Decisions.text(task.getVariable("inspectionResult"));
    if (!"CONFIRMED".equals(result) && !"NOT_CONFIRMED".equals(result)) {
      throw new Refusal("Chưa chọn kết quả kiểm tra");
    }
    String notes = Decisions.requireText(task.getVariable("inspectionNotes"), 20,
        "Phải ghi nội dung kiểm tra và biện pháp chấn chỉnh (ít nhất 20 ký tự)");
    String actor = actors.completing(task);
    cases.recordOutcome(caseId, "INSPECTED_" + result, "CONFIRMED".equals(result)
        ? "Đã kiểm tra phục vụ quản lý: có vi phạm, đã chấn chỉnh" : "Đã kiểm tra phục vụ quản lý: không phát hiện vi phạm");
    history.record(caseId, "INTERNAL_INSPECTION", "Kiểm tra phục vụ quản lý: " + notes, actor, false);
    audit.record(actor, "INTERNAL_INSPECTION", caseId, result);
  }
}
