package vn.gov.vhcv.desk.notification;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.engine.StaffLoginLockout;
import vn.gov.vhcv.desk.security.StaffRoles;

/**
 * Notices to staff, leaders and monitors: one mail per member of the group (with an address). They carry
 * the tracking code and the task, never the complainant's identity.
 */
@Component
public class StaffNotices implements StaffLoginLockout.Notice {

  private final Outbox outbox;
  private final MailTemplates templates;
  private final Recipients recipients;
  private final WorkDigestPreferences digests;
  private final String siteUrl;

  public StaffNotices(Outbox outbox, MailTemplates templates, Recipients recipients, WorkDigestPreferences digests,
      DeskProperties desk) {
    String siteUrl = desk.siteUrl();
    this.siteUrl = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
    this.outbox = outbox;
    this.templates = templates;
    this.recipients = recipients;
    this.digests = digests;
  }

  /**
   * A user task was created for {@code groupId}: "việc đang chờ nhóm" to its members; to leaders
   * ({@code lanh-dao}) it is "chờ lãnh đạo phê duyệt". Wired to every user task by {@link TaskCreatedNotices}.
   * Members who chose the daily digest ({@link WorkDigestPreferences}) get no mail here: the task is in their
   * next "Tổng hợp việc đang chờ".
   */
  public int taskWaiting(Long caseId, String trackingCode, String taskId, String taskName, String official, String groupId,
      LocalDate dueOn) {
    // unit-scoped groups (lanh-dao.p-an-binh) carry the role before the dot
    String role = groupId.contains(".") ? groupId.substring(0, groupId.indexOf('.')) : groupId;
    NoticeKind kind = StaffRoles.LEADER.equals(role) ? NoticeKind.APPROVAL_WAITING : NoticeKind.WORK_WAITING;
    // one mail per person and task, even when the person is in several of the task's groups
    Set<String> digest = digests.digestUsersSet();
    return toGroup(caseId, groupId, kind, "TASK:" + taskId, Map.of(
        "trackingCode", nz(trackingCode), "taskName", nz(taskName), "dueOn", Dates.text(dueOn),
        "official", official == null ? "chưa xác định" : official,
        "taskUrl", siteUrl + "/camunda/app/tasklist/default/#/?task=" + taskId,
        "caseUrl", siteUrl + "/staff/cases/" + nz(trackingCode)),
        person -> !digest.contains(person.userId()));
  }

  /** "Cảnh báo sắp đến hạn" to the group that holds the task; {@code key} tells warnings apart. */
  public int deadlineWarning(Long caseId, String trackingCode, String taskName, String groupId, LocalDate dueOn,
      int workingDaysLeft, String key) {
    return toGroup(caseId, groupId, NoticeKind.DEADLINE_WARNING, "WARN:" + key, Map.of("trackingCode",
        nz(trackingCode), "taskName", nz(taskName), "dueOn", Dates.text(dueOn), "daysLeft",
        workingDaysLeft));
  }

  /**
   * "Tài khoản bị tạm khóa" to the administrators ({@code camunda-admin}): {@code userId} was locked until
   * {@code until} after {@code attempts} wrong passwords. One per lock ({@code key}).
   */
  @Override
  public int accountLocked(String userId, int attempts, String until, long minutes, String key) {
    return toGroup(null, StaffRoles.ADMIN, NoticeKind.ACCOUNT_LOCKED, "ACCOUNT_LOCKED:" + key, Map.of(
        "lockedUser", nz(userId), "attempts", attempts, "until", nz(until), "minutes", minutes));
  }

  /**
   * "Tổng hợp việc đang chờ" to one person who chose the digest instead of one mail per task: the tasks waiting
   * for them on {@code day}. One per person and day ({@code WORK_DIGEST:<user>:<day>}); nothing when no task waits.
   */
  public boolean workDigest(Recipients.Person person, LocalDate day, List<String> lines) {
    if (lines.isEmpty() || person.email() == null || person.email().isBlank()) {
      return false;
    }
    return outbox.enqueue(null, "WORK_DIGEST:" + person.userId() + ":" + day, NoticeKind.WORK_DIGEST, person.email(),
        templates.render(NoticeKind.WORK_DIGEST, Map.of("userName", person.name(), "day", Dates.text(day),
            "count", lines.size(), "lines", lines)), null);
  }

  private int toGroup(Long caseId, String groupId, NoticeKind kind, String key, Map<String, ?> values) {
    return toGroup(caseId, groupId, kind, key, values, person -> true);
  }

  private int toGroup(Long caseId, String groupId, NoticeKind kind, String key, Map<String, ?> values,
      Predicate<Recipients.Person> wanted) {
    if (groupId == null) {
      return 0;
    }
    var people = recipients.ofGroup(groupId).stream().filter(wanted).toList();
    if (people.isEmpty()) {
      return 0; // most units' scoped groups have nobody yet: no name to look up
    }
    String groupName = recipients.groupName(groupId);
    int n = 0;
    for (var person : people) {
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
