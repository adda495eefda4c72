package vn.gov.vhcv.desk.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.DeskTest;

/** "Thời hạn theo quy định" asked directly, as staff check a case: the table and counting rules the clocks use. */
class DeadlineRulesApiTest extends DeskTest {

  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode ask(String user, String query) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity("/api/rules/deadline?" + query, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  @Test
  void aDenunciationIsResolvedWithinThirtyCalendarDaysFromTheEventDay() throws Exception {
    JsonNode rule = ask("giamsat", "category=TO_CAO&clock=RESOLUTION&from=2026-03-02&complexity=NORMAL&remote=false");
    assertThat(rule.get("days").asInt()).isEqualTo(30);
    assertThat(rule.get("unit").asText()).isEqualTo("CALENDAR");
    assertThat(rule.get("due").asText()).isEqualTo("2026-04-01");
    assertThat(rule.get("legalBasis").asText()).contains("Luật Tố cáo");
  }

  @Test
  void theAppealPeriodOfADisciplineDecisionEndsOnTheNextWorkingDayAfterTheNationalDayBreak() throws Exception {
    JsonNode rule = ask("hoidong", "clock=DISCIPLINE_APPEAL&from=2026-08-17");
    assertThat(rule.get("days").asInt()).isEqualTo(15);
    assertThat(rule.get("due").asText()).isEqualTo("2026-09-03");
    assertThat(rule.get("legalBasis").asText()).contains("Điều 48");
  }

  @Test
  void everyClockKindOfTheSecondInstanceAndDisciplineIsAnswered() throws Exception {
    assertThat(ask("tiepnhan", "category=KHIEU_NAI&clock=SECOND_INSTANCE&from=2026-03-02").get("days").asInt()).isEqualTo(45);
    assertThat(ask("tiepnhan", "category=KHIEU_NAI&clock=SECOND_INSTANCE&from=2026-03-02&remote=true&complexity=COMPLEX")
        .get("days").asInt()).isEqualTo(70);
    assertThat(ask("lanhdao", "category=TO_CAO&clock=DISCIPLINE&from=2026-03-02").get("days").asInt()).isEqualTo(90);
    assertThat(ask("xacminh", "category=PHAN_ANH&clock=ACKNOWLEDGEMENT&from=2026-03-02").get("unit").asText())
        .isEqualTo("WORKING");
  }

  @Test
  void theForwardingTheSecondComplaintsWindowAndTheSecondDenunciationAreAnswered() throws Exception {
    JsonNode forwarding = ask("tiepnhan", "category=TO_CAO&clock=FORWARDING&from=2026-03-02");
    assertThat(forwarding.get("days").asInt()).isEqualTo(5);
    assertThat(forwarding.get("unit").asText()).isEqualTo("WORKING");
    assertThat(forwarding.get("due").asText()).isEqualTo("2026-03-09");
    assertThat(forwarding.get("countedFrom").asText()).isEqualTo("RECEIPT");
    assertThat(forwarding.get("legalBasis").asText()).contains("Điều 24 khoản 2");
    // 30 days from receiving the first decision on 3/8/2026 end on 2/9, Quốc khánh: the next working day
    JsonNode filing = ask("tiepnhan", "category=KHIEU_NAI&clock=SECOND_INSTANCE_FILING&from=2026-08-03");
    assertThat(filing.get("days").asInt()).isEqualTo(30);
    assertThat(filing.get("due").asText()).isEqualTo("2026-09-03");
    assertThat(filing.get("legalBasis").asText()).contains("Điều 33");
    assertThat(ask("tiepnhan", "category=KHIEU_NAI&clock=SECOND_INSTANCE_FILING&from=2026-08-03&remote=true")
        .get("days").asInt()).isEqualTo(45);
    JsonNode denunciation = ask("lanhdao", "category=TO_CAO&clock=SECOND_INSTANCE&from=2026-03-02");
    assertThat(denunciation.get("days").asInt()).isEqualTo(30);
    assertThat(denunciation.get("legalBasis").asText()).contains("Điều 37");
    assertThat(ask("lanhdao", "category=KHIEU_NAI&clock=SECOND_INSTANCE&from=2026-03-02").get("countedFrom").asText())
        .isEqualTo("ACCEPTANCE");
  }

  @Test
  void aClockTheTableDoesNotKnowIsAClearVietnameseErrorAndAnonymousIsRefused() {
    ResponseEntity<String> bad = http.withBasicAuth("giamsat", "demo")
        .getForEntity("/api/rules/deadline?clock=NGAY_MAI&from=2026-03-02", String.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody()).contains("clock phải là một trong");
    assertThat(http.getForEntity("/api/rules/deadline?clock=RESOLUTION&from=2026-03-02", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
