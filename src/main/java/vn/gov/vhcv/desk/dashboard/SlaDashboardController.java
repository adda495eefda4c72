package vn.gov.vhcv.desk.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.security.core.Authentication;
import vn.gov.vhcv.desk.security.UnitScope;
import vn.gov.vhcv.desk.staff.SlaStates;

/**
 * The SLA dashboard page (groups giam-sat, lanh-dao, camunda-admin; enforced in SecurityConfig), its CSV and trend,
 * each of the cases the viewer sees ({@link UnitScope#visibility}).
 */
@Controller
public class SlaDashboardController {

  private final SlaDashboard dashboard;
  private final vn.gov.vhcv.desk.DeskClock clock;
  private final UnitScope scope;

  public SlaDashboardController(SlaDashboard dashboard, vn.gov.vhcv.desk.DeskClock clock, UnitScope scope) {
    this.dashboard = dashboard;
    this.clock = clock;
    this.scope = scope;
  }

  @GetMapping("/staff/dashboard")
  public String page(Model model, Authentication user) {
    SlaDashboard.View view = dashboard.view(scope.visibility(user));
    model.addAttribute("v", view);
    model.addAttribute("states", SlaDashboard.STATES);
    model.addAttribute("stateTexts", SlaDashboard.STATES.stream()
        .collect(java.util.stream.Collectors.toMap(s -> s, SlaStates::text)));
    return "staff/dashboard";
  }

  /** The 12-week trend for the chart. */
  @GetMapping(value = "/staff/dashboard/trend", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public Map<String, Object> trend(Authentication user) {
    List<SlaDashboard.Week> weeks = dashboard.trend(clock.today(), scope.visibility(user));
    return Map.of(
        "labels", weeks.stream().map(w -> w.monday().toString()).toList(),
        "received", weeks.stream().map(SlaDashboard.Week::received).toList(),
        "closed", weeks.stream().map(SlaDashboard.Week::closed).toList(),
        "overdue", weeks.stream().map(SlaDashboard.Week::overdue).toList());
  }

  /** Every running clock that is overdue or at risk (not only the page's first lines), for Excel: UTF-8 with a BOM. */
  @GetMapping("/staff/dashboard.csv")
  public ResponseEntity<byte[]> csv(Authentication user) throws IOException {
    LocalDate today = clock.today();
    var visible = scope.visibility(user);
    StringWriter out = new StringWriter();
    out.write('\uFEFF');
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader("Mã hồ sơ", "Loại", "Đơn vị",
        "Thời hạn", "Bắt đầu", "Hạn", "Trạng thái", "Số ngày quá hạn", "Đang giữ").get())) {
      // all of them, not the page's first lines: a chunk of holders at a time
      for (var list : List.of(dashboard.withHolders(dashboard.overdue(today, 0, visible)),
          dashboard.withHolders(dashboard.atRisk(today, 0, visible)))) {
        for (var l : list) {
          csv.printRecord(cell(l.trackingCode()), cell(l.typeText()), cell(l.unitName()), cell(l.kindText()),
              l.startedOn(), l.dueOn(), cell(l.stateText()), l.daysOver(), cell(l.holder()));
        }
      }
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("sla-" + today + ".csv").build().toString())
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A cell that a spreadsheet would read as a formula gets a leading apostrophe. */
  static String cell(String s) {
    if (s == null) {
      return "";
    }
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
