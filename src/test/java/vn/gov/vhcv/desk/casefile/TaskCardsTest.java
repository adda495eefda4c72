package vn.gov.vhcv.desk.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * A handler finds and judges a task from Tasklist's list: the card names the case and the official, the task's
 * description gives the due date and the case page, and the "việc đang chờ" mail links to the task.
 */
class TaskCardsTest extends DeskTest {

  @Autowired TestRestTemplate http;
  @Autowired DeskClock clock;

  @Test
  void theTasklistCardNamesTheCaseAndTheOfficialAndTheMailLinksToTheTask() throws Exception {
    String code = submit(new ReportRequest(ReportType.COMPLAINT, "Cán bộ một cửa quát nạt người dân khi nộp hồ sơ.", null,
        new ReportRequest.OfficialRef("VH000128", null, null), null, false,
        new ReportRequest.ComplainantData("Phạm Thị Hoa", "0987000111", null, null))).trackingCode();
    var task = task(code);

    // as Tasklist lists the tasks of the ward's intake officer
    JsonNode cards = new ObjectMapper().readTree(http.withBasicAuth("tiepnhanxa", "demo")
        .getForObject("/engine-rest/task?processInstanceBusinessKey=" + code, String.class));
    JsonNode card = cards.get(0);
    assertThat(card.get("name").asText())
        .isEqualTo("Phân loại và xử lý đơn · " + code + " · Trương Thị Kim Chi");
    String due = task.getDueDate().toInstant().atZone(clock.zone()).toLocalDate()
        .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(card.get("description").asText()).contains(code).contains("Trương Thị Kim Chi")
        .contains("hạn xử lý: " + due).contains("/staff/cases/" + code).doesNotContain("Phạm Thị Hoa");

    String mail = jdbc.sql("SELECT body FROM notification_outbox n JOIN report_case c ON c.id = n.case_id "
            + "WHERE c.tracking_code = :c AND n.kind = 'WORK_WAITING' ORDER BY n.id FETCH FIRST 1 ROWS ONLY")
        .param("c", code).query(String.class).single();
    assertThat(mail).contains("Trương Thị Kim Chi")
        .contains("/camunda/app/tasklist/default/#/?task=" + task.getId())
        .contains("/staff/cases/" + code);
  }
}
