package vn.gov.vhcv.desk.sla;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.casefile.Dates;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.notification.NoticeKind;
import vn.gov.vhcv.desk.notification.Outbox;
import vn.gov.vhcv.desk.security.StaffRoles;
import vn.gov.vhcv.desk.security.UnitScope;

/**
 * "Gửi bản tin thời hạn cho giám sát": a Vietnamese digest to every member of {@code giam-sat} — open clocks by
 * unit, type and state, then the overdue list with who holds each case and how many days it is late, and any
 * year without holiday data. One outbox row per member and day ({@code DIGEST:<day>:<user>}). Each member reads the
 * cases they see on the dashboard ({@link UnitScope}): a commune's monitor only their commune's.
 */
@Component("sendSlaDigest")
public class SendSlaDigest implements JavaDelegate {

  private static final Logger log = LoggerFactory.getLogger(SendSlaDigest.class);
  static final int OVERDUE_LIST_LIMIT = 200;

  private final SlaCases sla;
  private final Outbox outbox;
  private final IdentityService identity;
  private final TaskService tasks;
  private final WorkingCalendar calendar;
  private final DeskClock clock;
  private final UnitScope scope;

  public SendSlaDigest(SlaCases sla, Outbox outbox, IdentityService identity, TaskService tasks,
      WorkingCalendar calendar, DeskClock clock, UnitScope scope) {
    this.scope = scope;
    this.sla = sla;
    this.outbox = outbox;
    this.identity = identity;
    this.tasks = tasks;
    this.calendar = calendar;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<UnitScope.Visibility, String> digests = new java.util.HashMap<>();
    String subject = "Bản tin thời hạn xử lý hồ sơ ngày " + Dates.text(clock.today());
    int sent = 0;
    for (var user : identity.createUserQuery().memberOfGroup(StaffRoles.MONITOR).list()) {
      if (user.getEmail() != null && !user.getEmail().isBlank()) {
        var visible = scope.visibilityOfGroups(identity.createGroupQuery().groupMember(user.getId()).list().stream()
            .map(org.camunda.bpm.engine.identity.Group::getId).collect(Collectors.toSet()));
        String body = digests.computeIfAbsent(visible, this::digest);
        outbox.enqueue(null, "DIGEST:" + clock.today() + ":" + user.getId(), NoticeKind.SLA_DIGEST, user.getEmail(),
            subject, body);
        sent++;
      }
    }
    if (sent == 0) {
      log.warn("Nhóm giám sát ({}) không có thành viên nào có địa chỉ thư: bản tin thời hạn không gửi được", StaffRoles.MONITOR);
    }
    execution.setVariable("digestRecipients", sent);
  }

  String digest() {
    return digest(UnitScope.Visibility.ALL);
  }

  /** The digest of the cases {@code visible} covers. */
  String digest(UnitScope.Visibility visible) {
    StringBuilder b = new StringBuilder("Kính gửi bộ phận giám sát,\n\n");
    var missing = calendar.missingYears(clock.asClock());
    if (!missing.isEmpty()) {
      b.append("CẢNH BÁO: chưa có dữ liệu ngày nghỉ lễ cho năm ").append(missing)
          .append(" — các hạn tính trong những năm này có thể sai.\n\n");
    }
    var counts = sla.counts(visible);
    Map<String, Long> byState = new LinkedHashMap<>();
    for (String s : new String[] {"OVERDUE", "AT_RISK", "PAUSED", "ON_TRACK"}) {
      byState.put(s, counts.stream().filter(c -> c.state().equals(s)).mapToLong(SlaCases.Count::count).sum());
    }
    b.append("Thời hạn đang mở: quá hạn ").append(byState.get("OVERDUE")).append(", sắp đến hạn ")
        .append(byState.get("AT_RISK")).append(", tạm dừng ").append(byState.get("PAUSED")).append(", trong hạn ")
        .append(byState.get("ON_TRACK")).append(".\n\nTheo đơn vị và loại đơn (quá hạn / sắp đến hạn / tạm dừng / trong hạn):\n");
    counts.stream().collect(Collectors.groupingBy(c -> (c.unitName() == null ? "(chưa rõ đơn vị)" : c.unitName())
            + " — " + categoryLabel(c.category()), LinkedHashMap::new, Collectors.toList()))
        .forEach((key, list) -> b.append("- ").append(key).append(": ")
            .append(sum(list, "OVERDUE")).append(" / ").append(sum(list, "AT_RISK")).append(" / ")
            .append(sum(list, "PAUSED")).append(" / ").append(sum(list, "ON_TRACK")).append('\n'));
    var overdue = sla.page(SlaState.OVERDUE, null, null, 0, OVERDUE_LIST_LIMIT, visible);
    b.append("\nHồ sơ quá hạn (").append(overdue.total()).append("):\n");
    if (overdue.items().isEmpty()) {
      b.append("Không có.\n");
    }
    for (var r : overdue.items()) {
      b.append("- ").append(r.trackingCode()).append(" — ").append(ClockKind.valueOf(r.clockKind()).label().toLowerCase())
          .append(", hạn ").append(Dates.text(r.dueOn())).append(", quá ").append(r.daysOverdue())
          .append(" ngày; đơn vị giữ: ").append(r.unitName() == null ? "(chưa rõ)" : r.unitName())
          .append(holder(r.trackingCode())).append('\n');
    }
    if (overdue.total() > overdue.items().size()) {
      b.append("… và ").append(overdue.total() - overdue.items().size()).append(" hồ sơ khác (xem GET /api/sla/cases?state=OVERDUE).\n");
    }
    return b.append("\nBàn xử lý phản ánh văn hóa công vụ (thư tự động).").toString();
  }

  private String holder(String trackingCode) {
    var open = tasks.createTaskQuery().processInstanceBusinessKey(trackingCode).list();
    if (open.isEmpty()) {
      return "";
    }
    return open.stream().map(this::holderOf).collect(Collectors.joining("; ", " (đang ở: ", ")"));
  }

  private String holderOf(Task t) {
    if (t.getAssignee() != null) {
      return vn.gov.vhcv.desk.casefile.CaseCards.step(t.getName()) + " — " + t.getAssignee();
    }
    String groups = tasks.getIdentityLinksForTask(t.getId()).stream().filter(l -> l.getGroupId() != null)
        .map(l -> l.getGroupId()).collect(Collectors.joining(", "));
    return vn.gov.vhcv.desk.casefile.CaseCards.step(t.getName()) + " — nhóm " + groups;
  }

  private static long sum(java.util.List<SlaCases.Count> list, String state) {
    return list.stream().filter(c -> c.state().equals(state)).mapToLong(SlaCases.Count::count).sum();
  }

  private static String categoryLabel(String category) {
    return category == null ? "chưa phân loại" : Category.valueOf(category).label();
  }
}
