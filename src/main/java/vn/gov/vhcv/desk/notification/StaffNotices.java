package vn.gov.vhcv.desk.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.security.StaffRoles;

/**
 * Notices to staff, leaders and monitors: one mail per member of the group (with an address). They carry
 * the tracking code and the task, never the complainant's identity.
 */
@Component
public class StaffNotices {

  private final Outbox outbox;
  private final MailTemplates templates;
  private final Recipients recipients;

  public StaffNotices(Outbox outbox, MailTemplates templates, Recipients recipients) {
    this.outbox = outbox;
    this.templates = templates;
    this.recipients = recipients;
  }

  /**
   * A user task was created for {@code groupId}: "việc đang chờ nhóm" to its members; to leaders
   * ({@code lanh-dao}) it is "chờ lãnh đạo phê duyệt". Wired to every user task by {@link TaskCreatedNotices}.
   */
  public int taskWaiting(Long caseId, String trackingCode, String taskId, String taskName, String groupId,
      LocalDate dueOn) {
    // unit-scoped groups (lanh-dao.p-an-binh) carry the role before the dot
    String role = groupId.contains(".") ? groupId.substring(0, groupId.indexOf('.')) : groupId;
    NoticeKind kind = StaffRoles.LEADER.equals(role) ? NoticeKind.APPROVAL_WAITING : NoticeKind.WORK_WAITING;
    // one mail per person and task, even when the person is in several of the task's groups
    return toGroup(caseId, groupId, kind, "TASK:" + taskId, Map.of(
        "trackingCode", nz(trackingCode), "taskName", nz(taskName), "dueOn", ComplainantNotices.date(dueOn)));
  }

  /** "Cảnh báo sắp đến hạn" to the group that holds the task; {@code key} tells warnings apart. */
  public int deadlineWarning(Long caseId, String trackingCode, String taskName, String groupId, LocalDate dueOn,
      int workingDaysLeft, String key) {
    return toGroup(caseId, groupId, NoticeKind.DEADLINE_WARNING, "WARN:" + key, Map.of("trackingCode",
        nz(trackingCode), "taskName", nz(taskName), "dueOn", ComplainantNotices.date(dueOn), "daysLeft",
        workingDaysLeft));
  }

  /** "Quá hạn xử lý" to the group that holds the task (and, called again with lanh-dao, to leaders). */
  public int deadlineBreach(Long caseId, String trackingCode, String taskName, String groupId, LocalDate dueOn,
      String key) {
    return toGroup(caseId, groupId, NoticeKind.DEADLINE_BREACH, "BREACH:" + key + ":" + groupId, Map.of(
        "trackingCode", nz(trackingCode), "taskName", nz(taskName), "dueOn", ComplainantNotices.date(dueOn)));
  }

  /** "Báo cáo vượt cấp" to leaders. */
  public int escalation(Long caseId, String trackingCode, String reason, LocalDate dueOn, String key) {
    return toGroup(caseId, StaffRoles.LEADER, NoticeKind.ESCALATION, "ESCALATION:" + key, Map.of(
        "trackingCode", nz(trackingCode), "reason", nz(reason), "dueOn", ComplainantNotices.date(dueOn)));
  }

  /** "Tổng hợp việc đang chờ" (digest instead of one mail per task), one per group and day. */
  public int workDigest(String groupId, LocalDate day, List<String> lines) {
    return toGroup(null, groupId, NoticeKind.WORK_DIGEST, "DIGEST:" + groupId + ":" + day, Map.of(
        "day", ComplainantNotices.date(day), "count", lines.size(), "lines", lines));
  }

  /** The monitors' daily digest ({@code giam-sat}). */
  public int monitorDigest(LocalDate day, List<String> lines) {
    return toGroup(null, StaffRoles.MONITOR, NoticeKind.MONITOR_DIGEST, "MONITOR:" + day, Map.of(
        "day", ComplainantNotices.date(day), "lines", lines));
  }

  private int toGroup(Long caseId, String groupId, NoticeKind kind, String key, Map<String, ?> values) {
    if (groupId == null) {
      return 0;
    }
    String groupName = recipients.groupName(groupId);
    int n = 0;
    for (var person : recipients.ofGroup(groupId)) {
      var model = new HashMap<String, Object>(values);
      model.put("userName", person.name());
      model.put("groupName", groupName);
      if (outbox.enqueue(caseId, key + ":" + person.userId(), kind, person.email(), templates.render(kind, model),
          null)) {
        n++;
      }
    }
    return n;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
