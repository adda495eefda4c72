package vn.gov.vhcv.desk.staff;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.casefile.Attachments;
import vn.gov.vhcv.desk.casefile.AuditLog;
import vn.gov.vhcv.desk.casefile.CaseHistory;
import vn.gov.vhcv.desk.casefile.CaseLabels;
import vn.gov.vhcv.desk.casefile.CaseRecord;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.ReferenceData;
import vn.gov.vhcv.desk.casefile.SenderInformationLog;
import vn.gov.vhcv.desk.clock.CaseClock;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.SlaState;
import vn.gov.vhcv.desk.security.StaffRoles;

/**
 * The staff view of one case: summary, the sender's own words (description and added information), clocks, timeline
 * and audit, the process diagram, evidence. The task forms link here (they show only a short summary).
 */
@Controller
public class StaffCasePageController {

  public record ClockRow(String kindText, java.time.LocalDate startedOn, java.time.LocalDate dueOn, int periodDays,
      String dayKindText, SlaState state, String stateText, String legalBasis, OffsetDateTime completedAt) {}

  public record TimelineRow(OffsetDateTime at, String source, String text, String actor, boolean publicEntry) {}

  public record OpenTask(String id, String name, String holder, java.util.Date due) {}

  private final vn.gov.vhcv.desk.security.UnitScope units;
  private final CaseRepository cases;
  private final CaseClocks clocks;
  private final CaseHistory history;
  private final AuditLog audit;
  private final Attachments attachments;
  private final ReferenceData reference;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final HistoryService historyService;
  private final TaskService tasks;
  private final JdbcClient jdbc;
  private final DeskClock clock;
  private final vn.gov.vhcv.desk.intake.CaseProcessStarter starter;
  private final SenderInformationLog senderInformation;
  private final EvidenceUploaders uploaders;

  private final vn.gov.vhcv.desk.escalation.Escalations escalations;

  private final CaseLabels labels;
  public StaffCasePageController(CaseRepository cases, CaseClocks clocks, CaseHistory history, AuditLog audit,
      Attachments attachments, ReferenceData reference, RepositoryService repository, RuntimeService runtime,
      HistoryService historyService, TaskService tasks, JdbcClient jdbc, DeskClock clock,
      vn.gov.vhcv.desk.security.UnitScope units, vn.gov.vhcv.desk.intake.CaseProcessStarter starter,
      SenderInformationLog senderInformation, vn.gov.vhcv.desk.escalation.Escalations escalations,
      EvidenceUploaders uploaders, CaseLabels labels) {
    this.escalations = escalations;
    this.uploaders = uploaders;
    this.labels = labels;
    this.senderInformation = senderInformation;
    this.starter = starter;
    this.units = units;
    this.cases = cases;
    this.clocks = clocks;
    this.history = history;
    this.audit = audit;
    this.attachments = attachments;
    this.reference = reference;
    this.repository = repository;
    this.runtime = runtime;
    this.historyService = historyService;
    this.tasks = tasks;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @GetMapping({"/staff", "/staff/"})
  public String home(Authentication user, Model model) {
    model.addAttribute("userName", user.getName());
    model.addAttribute("canSeeDashboard", StaffRoles.has(user, StaffRoles.MONITOR)
        || StaffRoles.has(user, StaffRoles.LEADER) || StaffRoles.has(user, StaffRoles.ADMIN));
    return "staff/home";
  }

  @GetMapping("/staff/cases")
  public String open(@RequestParam(name = "code", defaultValue = "") String code) {
    String c = code.strip().toUpperCase();
    if (!c.matches("^[A-Z0-9-]{1,32}$")) {
      return "redirect:/staff?notfound";
    }
    return "redirect:/staff/cases/" + c;
  }

  @GetMapping("/staff/cases/{trackingCode}")
  public String view(@PathVariable String trackingCode, Authentication user, Model model) {
    CaseRecord c = find(trackingCode);
    model.addAttribute("c", c);
    model.addAttribute("channelText", capitalized(CaseLabels.channelText(c.channel())));
    model.addAttribute("official", reference.official(c.officialBadgeCode()).orElse(null));
    model.addAttribute("unit", reference.unit(c.unitCode()).orElse(null));
    model.addAttribute("conductName", c.conductCode() == null ? null : reference.conductCodeName(c.conductCode()).orElse(null));
    model.addAttribute("clocks", clocks.ofCase(c.id()).stream().map(this::row).toList());
    boolean mayIdentify = StaffRoles.has(user, StaffRoles.INTAKE) || StaffRoles.has(user, StaffRoles.INVESTIGATOR);
    model.addAttribute("mayIdentify", mayIdentify);
    if (mayIdentify) {
      var complainant = cases.complainantOf(c.id()).orElse(null);
      model.addAttribute("complainant", complainant);
      if (complainant != null) {
        audit.record(user.getName(), "COMPLAINANT_VIEWED", c.id(), "GET /staff/cases/" + c.trackingCode());
      }
    }
    // the sender's words (the description above, the answers to requests for information) are read here, never
    // from process variables
    model.addAttribute("addedInformation", senderInformation.ofCase(c.id()));
    model.addAttribute("timeline", timeline(c.id()));
    // the first case of a second-level case (its handlers may open it: UnitScope.canSeeCase) and the second level
    model.addAttribute("escalationLinks", escalations.linksOf(c.id()));
    model.addAttribute("attachments", attachments.ofCase(c.id()));
    model.addAttribute("mayUploadFiles", uploaders.mayUpload(user, c));
    model.addAttribute("openTasks", openTasks(c.trackingCode()));
    model.addAttribute("waitingToStart", c.processInstanceId() == null && starter.isWaiting(c.id()));
    model.addAttribute("running", c.processInstanceId() != null
        && runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count() > 0);
    return "staff/case";
  }

  /** The BPMN XML of the case's process version, read through the RepositoryService. */
  @GetMapping(value = "/staff/cases/{trackingCode}/diagram.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
  public ResponseEntity<byte[]> diagram(@PathVariable String trackingCode) throws java.io.IOException {
    CaseRecord c = find(trackingCode);
    String definitionId = definitionOf(c);
    try (var in = repository.getProcessModel(definitionId)) {
      return ResponseEntity.ok().contentType(new MediaType("application", "xml", StandardCharsets.UTF_8))
          .header(HttpHeaders.CACHE_CONTROL, "private, max-age=60").body(in.readAllBytes());
    }
  }

  /** The activities the case is at now (RuntimeService), for highlighting. */
  @GetMapping(value = "/staff/cases/{trackingCode}/active-activities", produces = MediaType.APPLICATION_JSON_VALUE)
  @org.springframework.web.bind.annotation.ResponseBody
  public List<String> activeActivities(@PathVariable String trackingCode) {
    CaseRecord c = find(trackingCode);
    if (c.processInstanceId() == null
        || runtime.createProcessInstanceQuery().processInstanceId(c.processInstanceId()).count() == 0) {
      return List.of();
    }
    return runtime.getActiveActivityIds(c.processInstanceId());
  }

  @GetMapping("/staff/cases/{trackingCode}/attachments/{id}")
  public ResponseEntity<byte[]> download(@PathVariable String trackingCode, @PathVariable long id, Authentication user) {
    CaseRecord c = find(trackingCode);
    var meta = attachments.ofCase(c.id()).stream().filter(a -> a.id() == id).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    byte[] bytes = attachments.content(c.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    audit.record(user.getName(), "ATTACHMENT_DOWNLOADED", c.id(), "attachment=" + id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(meta.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(meta.fileName(), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff") // the browser keeps to the detected type
        .body(bytes);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }


  /** The case, if the logged-in staff member may see it (their units' cases only); else 404, revealing nothing. */
  private CaseRecord find(String trackingCode) {
    var user = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    return units.visibleCase(user, trackingCode)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có hồ sơ này"));
  }

  private String definitionOf(CaseRecord c) {
    if (c.processInstanceId() != null) {
      HistoricProcessInstance hpi = historyService.createHistoricProcessInstanceQuery()
          .processInstanceId(c.processInstanceId()).singleResult();
      if (hpi != null) {
        return hpi.getProcessDefinitionId();
      }
    }
    var pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.trackingCode()).singleResult();
    if (pi == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Hồ sơ chưa có quy trình");
    }
    return pi.getProcessDefinitionId();
  }

  private ClockRow row(CaseClock k) {
    SlaState state = SlaStates.onRead(k, clock.today());
    return new ClockRow(SlaStates.kindText(k.kind()), k.startedOn(), k.dueOn(), k.periodDays(),
        k.dayKind() == vn.gov.vhcv.desk.calendar.DayKind.WORKING ? "ngày làm việc" : "ngày", state,
        SlaStates.text(state), k.legalBasis(), k.completedAt());
  }

  private List<TimelineRow> timeline(long caseId) {
    List<TimelineRow> rows = new ArrayList<>();
    CaseLabels.Names names = labels.names();
    for (CaseHistory.Entry e : history.allEntries(caseId)) {
      rows.add(new TimelineRow(e.at(), e.publicEntry() ? "Lịch sử (công khai)" : "Lịch sử (nội bộ)", e.message(),
          names.person(e.actor()), e.publicEntry()));
    }
    jdbc.sql("SELECT occurred_at, actor, action, detail FROM audit_log WHERE case_id = :id ORDER BY occurred_at, id")
        .param("id", caseId)
        .query((rs, i) -> new TimelineRow(rs.getObject(1, OffsetDateTime.class), "Nhật ký kiểm tra",
            names.auditLine(rs.getString(3), rs.getString(4)), names.person(rs.getString(2)), false))
        .list().forEach(rows::add);
    rows.sort(Comparator.comparing(TimelineRow::at));
    return rows;
  }

  private List<OpenTask> openTasks(String trackingCode) {
    return tasks.createTaskQuery().processInstanceBusinessKey(trackingCode).list().stream()
        .map(t -> new OpenTask(t.getId(), vn.gov.vhcv.desk.casefile.CaseCards.step(t.getName()), holder(t.getId(), t.getAssignee()), t.getDueDate()))
        .toList();
  }

  String holder(String taskId, String assignee) {
    return labels.holder(assignee, assignee != null ? List.of() : tasks.getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(l -> l.getGroupId()).toList());
  }

}
