package vn.gov.vhcv.desk.casefile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The Vietnamese a page shows for the desk's codes — the actions of the audit trail ({@code CASE_RECEIVED} →
 * "Đã tiếp nhận"), the kinds of clocks ({@code DISCIPLINE} → "Xử lý kỷ luật"), the codes inside an audit line's
 * detail ({@code category=TO_CAO} → "loại: Tố cáo"), and who holds a step: a person by name (family name first,
 * {@link StaffNames}), a group of a unit by its name ("Tiếp nhận đơn — Ủy ban nhân dân tỉnh"), never its id. Every
 * staff and citizen page takes its labels from here.
 */
@Component
public class CaseLabels {

  /** The audit trail's actions (prefixes end with an underscore: the rest is the decision taken). */
  private static final Map<String, String> ACTIONS = Map.ofEntries(
      Map.entry("CASE_RECEIVED", "Đã tiếp nhận"),
      Map.entry("CASE_CLASSIFIED", "Đã phân loại đơn"),
      Map.entry("COMPLAINANT_VIEWED", "Xem thông tin người gửi"),
      Map.entry("ATTACHMENT_DOWNLOADED", "Tải tệp đính kèm"),
      Map.entry("INFORMATION_ADDED", "Người gửi bổ sung thông tin"),
      Map.entry("INTERNAL_INSPECTION", "Kiểm tra phục vụ quản lý"),
      Map.entry("INVESTIGATOR_ASSIGNED", "Phân công người xác minh"),
      Map.entry("CONFLICT_OF_INTEREST", "Phát hiện xung đột lợi ích khi phân công"),
      Map.entry("CONCLUSION_DRAFTED", "Dự thảo kết luận xác minh"),
      Map.entry("CONCLUSION_APPROVE", "Lãnh đạo duyệt kết luận xác minh"),
      Map.entry("CONCLUSION_REJECT", "Lãnh đạo không duyệt kết luận, yêu cầu xác minh lại"),
      Map.entry("FOUR_EYES_REFUSED", "Từ chối: người dự thảo kết luận không được tự duyệt"),
      Map.entry("EXTENSION_REQUESTED", "Đề nghị gia hạn"),
      Map.entry("EXTENSION_APPROVED", "Phê duyệt gia hạn"),
      Map.entry("EXTENSION_REJECTED", "Không phê duyệt gia hạn"),
      Map.entry("EXTENSION_REFUSED", "Không phê duyệt gia hạn"),
      Map.entry("CLOCK_PAUSED", "Tạm dừng tính thời hạn"),
      Map.entry("CLOCK_RESUMED", "Tiếp tục tính thời hạn"),
      Map.entry("OVERDUE_CASE_DIRECTED", "Chỉ đạo xử lý hồ sơ quá hạn"),
      Map.entry("SUPERIOR_REPORT_SENT", "Báo cáo cấp trên về tố cáo quá hạn"),
      Map.entry("DISCIPLINE_DECIDED", "Quyết định kỷ luật"),
      Map.entry("DISCIPLINE_TIME_BARRED", "Hết thời hiệu xử lý kỷ luật"),
      Map.entry("DISCIPLINE_APPEAL_UPHELD", "Giải quyết khiếu nại: giữ nguyên quyết định kỷ luật"),
      Map.entry("DISCIPLINE_APPEAL_AMENDED", "Giải quyết khiếu nại: sửa đổi quyết định kỷ luật"),
      Map.entry("DISCIPLINE_APPEAL_REVOKED", "Giải quyết khiếu nại: hủy bỏ quyết định kỷ luật"),
      Map.entry("REPEAT_OFFENDER", "Cảnh báo vi phạm nhiều lần"),
      Map.entry("COMMENDATION_BLOCKED", "Chưa xét khen thưởng (chưa đủ điều kiện)"),
      Map.entry("COMMENDATION_APPROVED", "Quyết định khen thưởng"));

  /** The clocks' kinds ({@code deadline.ClockKind}). */
  private static final Map<String, String> CLOCK_KINDS = Map.of(
      "ACKNOWLEDGEMENT", "Trả lời thụ lý",
      "RESOLUTION", "Giải quyết",
      "FORWARDING", "Chuyển đơn",
      "DISCIPLINE", "Xử lý kỷ luật",
      "SECOND_INSTANCE", "Giải quyết khiếu nại lần hai",
      "ESCALATION", "Chỉ đạo xử lý hồ sơ quá hạn",
      "SUPERIOR_REPORT", "Báo cáo cấp trên",
      "DISCIPLINE_APPEAL", "Khiếu nại quyết định kỷ luật");

  private static final Map<String, String> SANCTIONS = Map.of(
      "NONE", "Không kỷ luật", "KHIEN_TRACH", "Khiển trách", "CANH_CAO", "Cảnh cáo", "CACH_CHUC", "Cách chức",
      "BUOC_THOI_VIEC", "Buộc thôi việc", "BAI_NHIEM", "Bãi nhiệm");

  /** The codes an audit line's detail holds, by the key they follow or by what the action is about. */
  private static final Map<String, String> VALUES = new HashMap<>();
  private static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    for (Channel c : Channel.values()) {
      VALUES.put(c.name(), channelText(c));
    }
    for (Category c : Category.values()) {
      VALUES.put(c.name(), c.label());
    }
    VALUES.putAll(Map.of("ACCEPT", "thụ lý giải quyết", "REFUSE", "từ chối thụ lý", "FORWARD", "chuyển đơn",
        "MERGE", "gộp vào hồ sơ đang giải quyết", "REQUEST_INFO", "đề nghị bổ sung thông tin",
        "FOUNDED", "phản ánh đúng", "PARTLY_FOUNDED", "phản ánh đúng một phần", "UNFOUNDED", "phản ánh sai"));
    VALUES.putAll(Map.of("REMIND", "nhắc nhở, chấn chỉnh", "COMMEND", "đề xuất khen thưởng",
        "DISCIPLINE", "đề xuất xem xét xử lý kỷ luật",
        "CONFIRMED", "có vi phạm, đã nhắc nhở", "NOT_CONFIRMED", "không phát hiện vi phạm",
        "COMPLEX", "vụ việc phức tạp", "ESPECIALLY_COMPLEX", "vụ việc đặc biệt phức tạp", "NORMAL", "thông thường"));
    SANCTIONS.forEach(VALUES::putIfAbsent);
    CLOCK_KINDS.forEach(VALUES::putIfAbsent);
    KEYS.put("channel", "kênh");
    KEYS.put("category", "loại");
    KEYS.put("conduct", "mã hành vi");
    KEYS.put("decision", "quyết định");
    KEYS.put("days", "số ngày");
    KEYS.put("extension", "đề nghị gia hạn số");
    KEYS.put("attachment", "tệp số");
    KEYS.put("files", "số tệp");
    KEYS.put("clockId", "thời hạn số");
    KEYS.put("founded", "số hồ sơ có vi phạm");
  }

  private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{3,}\\b");
  private static final Pattern KEY = Pattern.compile("\\b([a-z][A-Za-z]*)=");

  private final IdentityService identity;

  public CaseLabels(IdentityService identity) {
    this.identity = identity;
  }

  /** The Vietnamese of an audit action, or the code itself when the desk does not know it. */
  public static String action(String code) {
    return code == null ? "" : ACTIONS.getOrDefault(code, code);
  }

  /** The Vietnamese of a clock's kind ({@code ClockKind.name()}). */
  public static String clockKind(String code) {
    return CLOCK_KINDS.getOrDefault(code, code);
  }

  /** How a case came in ({@link Channel}). */
  public static String channelText(Channel channel) {
    return switch (channel) {
      case WEB -> "cổng trực tuyến";
      case PAPER -> "đơn giấy";
      case PHONE -> "điện thoại";
      case IN_PERSON -> "trực tiếp";
      case HOTLINE_1022 -> "tổng đài 1022";
      case EMAIL -> "thư điện tử";
      case INSPECTION -> "kiểm tra công vụ";
    };
  }

  /** An audit line as a page shows it: the action's label, then its detail with every known code in Vietnamese. */
  public static String auditLine(String action, String detail) {
    String text = action(action);
    if (detail == null || detail.isBlank()) {
      return text;
    }
    if ("FOUR_EYES_REFUSED".equals(action)) {
      return text; // the detail repeats the action in English words
    }
    Map<String, String> first = action.startsWith("CLOCK_") || action.startsWith("EXTENSION_") ? CLOCK_KINDS
        : action.equals("DISCIPLINE_DECIDED") ? SANCTIONS : Map.of();
    return text + " — " + detail(detail, first);
  }

  private static String detail(String detail, Map<String, String> first) {
    Matcher keys = KEY.matcher(detail);
    StringBuilder named = new StringBuilder();
    while (keys.find()) {
      keys.appendReplacement(named, Matcher.quoteReplacement(KEYS.getOrDefault(keys.group(1), keys.group(1)) + ": "));
    }
    keys.appendTail(named);
    Matcher codes = CODE.matcher(named.toString().replace(" -> ", " → "));
    StringBuilder out = new StringBuilder();
    while (codes.find()) {
      String code = codes.group();
      String label = first.getOrDefault(code, VALUES.getOrDefault(code, code));
      codes.appendReplacement(out, Matcher.quoteReplacement(label));
    }
    codes.appendTail(out);
    return out.toString();
  }

  /** Who did something: a staff member by name, the sender, the desk itself. */
  public String person(String userId) {
    return names().person(userId);
  }

  /** A Camunda group by its name ("Tiếp nhận đơn — Ủy ban nhân dân tỉnh"), or its id when it has none. */
  public String group(String groupId) {
    return names().group(groupId);
  }

  /** Who holds a task: the assignee by name, else its candidate groups by name, else "chưa giao". */
  public String holder(String assignee, Collection<String> candidateGroups) {
    return names().holder(assignee, candidateGroups);
  }

  /** Names looked up once each, for a page that shows many holders (one query per person or group, not per line). */
  public Names names() {
    return new Names();
  }

  /** People's and groups' names, each read from the identity service once. */
  public final class Names {
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> groups = new HashMap<>();

    private Names() {}

    public String person(String userId) {
      if (userId == null || userId.isBlank() || CaseSteps.Acting.SYSTEM.equals(userId)) {
        return "hệ thống";
      }
      if ("citizen".equals(userId)) {
        return "người gửi";
      }
      return people.computeIfAbsent(userId, id -> {
        User u = identity.createUserQuery().userId(id).singleResult();
        return u == null ? id : StaffNames.of(u);
      });
    }

    public String group(String groupId) {
      return groups.computeIfAbsent(groupId, id -> {
        Group g = identity.createGroupQuery().groupId(id).singleResult();
        return g == null || g.getName() == null || g.getName().isBlank() ? id : g.getName();
      });
    }

    /** An audit line, the account an investigator assignment names shown by the person's name. */
    public String auditLine(String action, String detail) {
      if (detail != null && ("INVESTIGATOR_ASSIGNED".equals(action) || "CONFLICT_OF_INTEREST".equals(action))) {
        String[] parts = detail.split(": ", 2);
        return action(action) + " — " + person(parts[0].strip()) + (parts.length > 1 ? ": " + parts[1] : "");
      }
      return CaseLabels.auditLine(action, detail);
    }

    public String holder(String assignee, Collection<String> candidateGroups) {
      if (assignee != null) {
        return person(assignee);
      }
      if (candidateGroups == null || candidateGroups.isEmpty()) {
        return "chưa giao";
      }
      List<String> unknown = candidateGroups.stream().filter(id -> !groups.containsKey(id)).distinct().toList();
      if (!unknown.isEmpty()) {
        identity.createGroupQuery().groupIdIn(unknown.toArray(String[]::new)).list().forEach(g ->
            groups.put(g.getId(), g.getName() == null || g.getName().isBlank() ? g.getId() : g.getName()));
      }
      List<String> names = new ArrayList<>();
      for (String id : candidateGroups) {
        names.add("nhóm " + groups.getOrDefault(id, id));
      }
      return String.join(", ", names);
    }
  }

  /** The codes this class gives a label for (a page showing one of them shows a raw code). */
  public static Set<String> knownCodes() {
    Set<String> codes = new TreeSet<>(ACTIONS.keySet());
    codes.addAll(CLOCK_KINDS.keySet());
    return codes;
  }
}
