package vn.gov.vhcv.desk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.Channel;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * Cases entered by intake staff with the real (past) date they were received: the due dates the staff API
 * shows are the ones a Vietnamese lawyer counts by hand (each computation is in a comment). The period starts
 * the day after the event (BLDS 2015 Điều 147); "ngày làm việc" skip weekends, holidays and swapped days off;
 * a period in "ngày" ending on a rest day ends on the next working day (Điều 148).
 */
class StatutoryDueDatesTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  static void now(String isoOffset) {
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoOffset).toInstant()));
  }

  private JsonNode view(String code) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("xacminh", "demo");
    return json.readTree(http.exchange("/api/cases/" + code, HttpMethod.GET, new HttpEntity<>(headers), String.class).getBody());
  }

  private static ReportRequest complaintAbout(String unitCode) {
    return new ReportRequest(ReportType.COMPLAINT, "Công chức một cửa không tiếp nhận hồ sơ, không nêu lý do.", null, null,
        unitCode, false, new ReportRequest.ComplainantData("Trần Thị Bình", "0987654321", null, null));
  }

  @Test
  void complaintReceivedBeforeGioToAndThirtyAprilIsAnsweredAndResolvedOnTheDaysCountedByHand() throws Exception {
    now("2026-05-04T09:00:00+07:00");
    String code = submitByStaff(complaintAbout("P-AN-BINH"), Channel.PAPER, OffsetDateTime.parse("2026-04-22T10:00:00+07:00"))
        .trackingCode();
    // received Wed 22/4/2026; 10 working days: Thu 23/4 (1), Fri 24/4 (2); Sat 25, Sun 26 (Giỗ Tổ on a Sunday),
    // Mon 27/4 off in its place; Tue 28/4 (3), Wed 29/4 (4); Thu 30/4 and Fri 1/5 holidays; Sat 2, Sun 3;
    // Mon 4/5 (5) … Fri 8/5 (9), Mon 11/5 (10) → 11/5/2026
    assertThat(view(code).get("acknowledgementDue").asText()).isEqualTo("2026-05-11");

    completeAs("tiepnhan", code, Map.of("category", "KHIEU_NAI", "conductCode", "A01", "intakeDecision", "ACCEPT"));
    JsonNode accepted = view(code);
    // khiếu nại accepted Mon 4/5/2026: 30 days → Wed 3/6/2026, a working day (Luật Khiếu nại Điều 28)
    assertThat(accepted.get("resolutionDue").asText()).isEqualTo("2026-06-03");
    assertThat(accepted.get("acknowledgementDue").asText()).isEqualTo("2026-05-11");
  }

  @Test
  void complaintInARemoteCommuneGetsFortyFiveDays() throws Exception {
    now("2026-05-04T09:00:00+07:00");
    String code = submitByStaff(complaintAbout("X-NAM-CHA"), Channel.IN_PERSON, OffsetDateTime.parse("2026-05-04T08:00:00+07:00"))
        .trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "KHIEU_NAI", "conductCode", "A01", "intakeDecision", "ACCEPT"));
    // xã Nậm Chà is a remote area: 45 days from Mon 4/5/2026 → Thu 18/6/2026
    assertThat(view(code).get("resolutionDue").asText()).isEqualTo("2026-06-18");
  }

  @Test
  void denunciationReceivedTheDayBeforeTetIsAcknowledgedSevenWorkingDaysAfterIt() throws Exception {
    now("2026-02-24T09:00:00+07:00");
    String code = submitByStaff(complaintAbout("P-PHU-LOI"), Channel.PAPER, OffsetDateTime.parse("2026-02-13T16:00:00+07:00"))
        .trackingCode();
    // before classification the common 10 working days apply: Fri 13/2 is the event day; Tết 14/2–22/2;
    // Mon 23/2 (1) … Fri 27/2 (5), Mon 2/3 (6) … Fri 6/3 (10) → 6/3/2026
    assertThat(view(code).get("acknowledgementDue").asText()).isEqualTo("2026-03-06");
    completeAs("tiepnhan", code, Map.of("category", "TO_CAO", "conductCode", "C05", "intakeDecision", "ACCEPT"));
    JsonNode v = view(code);
    // a tố cáo has 7 working days (Luật Tố cáo Điều 24): 23/2 (1) … 27/2 (5), 2/3 (6), 3/3 (7) → Tue 3/3/2026
    assertThat(v.get("acknowledgementDue").asText()).isEqualTo("2026-03-03");
    // accepted Tue 24/2/2026: 30 days → Thu 26/3/2026 (Luật Tố cáo Điều 30)
    assertThat(v.get("resolutionDue").asText()).isEqualTo("2026-03-26");
  }

  @Test
  void letterReceivedOnNewYearsEveCountsPastTheFirstOfJanuary() throws Exception {
    now("2027-01-04T09:00:00+07:00");
    String code = submitByStaff(complaintAbout("P-HOA-THUAN"), Channel.HOTLINE_1022,
        OffsetDateTime.parse("2026-12-30T15:00:00+07:00")).trackingCode();
    // received Wed 30/12/2026: Thu 31/12 (1); Fri 1/1/2027 holiday; Sat 2, Sun 3; Mon 4/1 (2) … Fri 8/1 (6),
    // Mon 11/1 (7) … Thu 14/1 (10) → 14/1/2027
    assertThat(view(code).get("acknowledgementDue").asText()).isEqualTo("2027-01-14");
  }

  @Test
  void feedbackPeriodEndingOnTheSwappedDayOffBeforeNationalDayMovesToTheNextWorkingDay() throws Exception {
    now("2026-08-11T09:00:00+07:00");
    String code = submitByStaff(complaintAbout("X-TAN-HOA"), Channel.PAPER, OffsetDateTime.parse("2026-08-11T08:00:00+07:00"))
        .trackingCode();
    completeAs("tiepnhan", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    // accepted Tue 11/8/2026: 20 days → Mon 31/8, a day off swapped for Saturday 22/8; 1/9 and 2/9 are
    // National Day: the period ends on Thu 3/9/2026 (BLDS Điều 148)
    assertThat(view(code).get("resolutionDue").asText()).isEqualTo("2026-09-03");
  }
}
