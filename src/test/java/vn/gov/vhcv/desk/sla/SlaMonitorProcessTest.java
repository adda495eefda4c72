package vn.gov.vhcv.desk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.CaseRepository;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.clock.CaseClocks;
import vn.gov.vhcv.desk.clock.ClockKind;
import vn.gov.vhcv.desk.clock.SlaState;

/**
 * processes/sla-monitor.bpmn ("Giám sát thời hạn hằng ngày") on a fixed clock — skipped on Tết, run on a
 * working day: states recomputed, digest to the monitors — and the SLA list, calendar status and Tasklist
 * filters it feeds.
 */
class SlaMonitorProcessTest extends DeskTest {

  @Autowired CaseRepository cases;
  @Autowired CaseClocks clocks;
  @Autowired SlaMonitorSchedule schedule;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  static void now(String isoOffset) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffset).toInstant()));
  }

  private HistoricProcessInstance runMonitor() {
    var management = engine.getManagementService();
    Job start = management.createJobQuery().processDefinitionKey("slaMonitor").timers().singleResult();
    var before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("slaMonitor").list()
        .stream().map(HistoricProcessInstance::getId).toList();
    management.executeJob(start.getId());
    List<Job> jobs;
    while (!(jobs = management.createJobQuery().processDefinitionKey("slaMonitor").executable().messages().list()).isEmpty()) {
      jobs.forEach(j -> management.executeJob(j.getId()));
    }
    var fresh = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("slaMonitor").list()
        .stream().filter(h -> !before.contains(h.getId())).toList();
    assertThat(fresh).hasSize(1);
    return fresh.get(0);
  }

  private boolean passed(HistoricProcessInstance pi, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId(activityId).finished().count() > 0;
  }

  private ResponseEntity<String> get(String url, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  @Test
  void runsEveryWorkingMorningAt0730() {
    assertThat(schedule.getCron()).isEqualTo("0 30 7 ? * MON-FRI");
    Job start = engine.getManagementService().createJobQuery().processDefinitionKey("slaMonitor").timers().singleResult();
    assertThat(start).isNotNull();
    assertThat(start.getDuedate().toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalTime())
        .isEqualTo(java.time.LocalTime.of(7, 30));
  }

  @Test
  void skipsTetHoliday() {
    now("2026-02-17T07:30:00+07:00"); // Tuesday, mùng 1 Tết Bính Ngọ
    HistoricProcessInstance pi = runMonitor();
    assertThat(passed(pi, "holidaySkipped")).isTrue();
    assertThat(passed(pi, "recomputeSlaStates")).isFalse();
  }

  @Test
  void aCommunesMonitorGetsTheDigestOfItsCommuneOnly() {
    now("2026-05-04T09:00:00+07:00");
    String department = submitByStaff(complaint(), Channel.PAPER, OffsetDateTime.parse("2026-05-04T08:00:00+07:00"))
        .trackingCode(); // Sở Giáo dục và Đào tạo
    String commune = submitByStaff(new vn.gov.vhcv.desk.intake.ReportRequest(complaint().type(),
            complaint().description(), null, new vn.gov.vhcv.desk.intake.ReportRequest.OfficialRef("VH000128", null, null),
            null, false, complaint().complainant()),
        Channel.PAPER, OffsetDateTime.parse("2026-05-04T08:00:00+07:00")).trackingCode(); // phường An Bình

    now("2026-06-10T07:30:00+07:00"); // both acknowledgement clocks ran out in May
    assertThat(passed(runMonitor(), "digestSent")).isTrue();
    String communeDigest = jdbc.sql("SELECT body FROM notification_outbox WHERE dedup_key = 'DIGEST:2026-06-10:giamsatxa'")
        .query(String.class).single();
    assertThat(communeDigest).contains(commune, "Ủy ban nhân dân phường An Bình")
        .doesNotContain(department, "Sở Giáo dục và Đào tạo");
    String provinceDigest = jdbc.sql("SELECT body FROM notification_outbox WHERE dedup_key = 'DIGEST:2026-06-10:giamsat'")
        .query(String.class).single();
    assertThat(provinceDigest).contains("Ủy ban nhân dân phường An Bình", "Sở Giáo dục và Đào tạo");
  }

  @Test
  void workingDayRecomputesStatesAndSendsTheDigestWithTheOverdueList() throws Exception {
    now("2026-04-06T09:00:00+07:00");
    String code = submitByStaff(complaint(), Channel.HOTLINE_1022, OffsetDateTime.parse("2026-04-06T08:00:00+07:00"))
        .trackingCode();
    long id = cases.getByTrackingCode(code).id();
    // received Mon 6/4/2026; 10 working days: 7,8,9,10 / 13,14,15,16,17 / 20 → Mon 20/4
    assertThat(clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow().dueOn()).isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow().state()).isEqualTo(SlaState.ON_TRACK);

    // Wed 22/4, nothing else ran in between: the monitor finds it overdue by 2 days
    now("2026-04-22T07:30:00+07:00");
    HistoricProcessInstance pi = runMonitor();
    assertThat(passed(pi, "digestSent")).isTrue();
    assertThat(clocks.find(id, ClockKind.ACKNOWLEDGEMENT).orElseThrow().state()).isEqualTo(SlaState.OVERDUE);
    String digest = jdbc.sql("SELECT body FROM notification_outbox WHERE dedup_key = 'DIGEST:2026-04-22:giamsat'")
        .query(String.class).single();
    assertThat(digest).contains("Hồ sơ quá hạn").contains(code + " — hạn trả lời thụ lý, hạn 20/04/2026, quá 2 ngày")
        .contains("đơn vị giữ: Sở Giáo dục và Đào tạo").contains("Phân loại và xử lý đơn — nhóm tiep-nhan")
        .doesNotContain("Nguyễn Văn An");
    assertThat(jdbc.sql("SELECT recipient FROM notification_outbox WHERE dedup_key = 'DIGEST:2026-04-22:giamsat'")
        .query(String.class).single()).isEqualTo("giamsat@demo.vhcv.local");

    // the SLA list sees it, filtered by unit and type, sorted by due date; intake staff may not read it
    JsonNode page = json.readTree(get("/api/sla/cases?state=OVERDUE&unit=SO-GD-DT&size=500", "giamsat").getBody());
    assertThat(page.get("items").findValuesAsText("trackingCode")).contains(code);
    List<String> dues = page.get("items").findValuesAsText("dueOn");
    assertThat(dues).isSortedAccordingTo(String::compareTo);
    assertThat(json.readTree(get("/api/sla/cases?state=OVERDUE&unit=X-TAN-HOA", "giamsat").getBody())
        .get("items").findValuesAsText("trackingCode")).doesNotContain(code);
    assertThat(json.readTree(get("/api/sla/cases?state=OVERDUE&type=TO_CAO", "lanhdao").getBody())
        .get("items").findValuesAsText("trackingCode")).doesNotContain(code);
    // the totals: unfiltered (counted on the clock index) and filtered (through the case) agree with the rows
    long overdue = jdbc.sql("SELECT COUNT(*) FROM case_clock WHERE state = 'OVERDUE'").query(Long.class).single();
    assertThat(json.readTree(get("/api/sla/cases?state=OVERDUE&size=1", "giamsat").getBody()).get("total").asLong())
        .isEqualTo(overdue).isPositive();
    assertThat(page.get("total").asLong()).isEqualTo(page.get("items").size());
    JsonNode all = json.readTree(get("/api/sla/cases?state=OVERDUE&size=500", "giamsat").getBody());
    assertThat(all.get("items").findValuesAsText("trackingCode")).contains(code);
    assertThat(all.get("items").findValuesAsText("dueOn")).isSortedAccordingTo(String::compareTo);
    assertThat(get("/api/sla/cases?state=OVERDUE", "tiepnhan").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("/api/sla/cases?state=LATE", "giamsat").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void calendarStatusNamesCoveredAndMissingYears() throws Exception {
    now("2026-06-01T09:00:00+07:00");
    JsonNode ok = json.readTree(get("/api/calendar/status", "giamsat").getBody());
    assertThat(ok.get("coveredYears").toString()).contains("2025", "2026", "2027");
    assertThat(ok.get("complete").asBoolean()).isTrue();
    now("2027-06-01T09:00:00+07:00");
    JsonNode missing = json.readTree(get("/api/calendar/status", "giamsat").getBody());
    assertThat(missing.get("missingYears").toString()).isEqualTo("[2028]");
    assertThat(missing.get("complete").asBoolean()).isFalse();
    assertThat(missing.get("warning").asText()).contains("THIẾU DỮ LIỆU NGÀY NGHỈ");
  }

  @Test
  void dueSoonFilterListsTasksDueWithinTwoWorkingDays() {
    // Thu 12/2/2026, the last working day before Tết: two working days ahead are Fri 13/2 and Mon 23/2
    now("2026-02-12T09:00:00+07:00");
    String code = submitByStaff(complaint(), Channel.PAPER, OffsetDateTime.parse("2026-02-12T08:00:00+07:00")).trackingCode();
    var task = task(code);
    var filters = engine.getFilterService();
    String dueSoon = filters.createFilterQuery().filterName("Sắp đến hạn").singleResult().getId();
    engine.getIdentityService().setAuthentication("tiepnhan", List.of("tiep-nhan", "tiep-nhan.ubnd-tinh"));
    try {
      assertThat(filters.list(dueSoon)).extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId()).doesNotContain(task.getId());
      task.setDueDate(Date.from(OffsetDateTime.parse("2026-02-23T17:00:00+07:00").toInstant()));
      engine.getTaskService().saveTask(task);
      assertThat(filters.list(dueSoon)).extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId()).contains(task.getId());
      task.setDueDate(Date.from(OffsetDateTime.parse("2026-02-24T17:00:00+07:00").toInstant()));
      engine.getTaskService().saveTask(task);
      assertThat(filters.list(dueSoon)).extracting(t -> ((org.camunda.bpm.engine.task.Task) t).getId()).doesNotContain(task.getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
