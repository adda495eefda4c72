package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskTest;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.intake.ReportRequest;

/**
 * Handlers see only their units' work — in the engine REST API (and so Tasklist), in the engine's Java
 * API and in the desk's API alike, by Camunda authorizations on unit-scoped groups. The commune's
 * intake officer {@code tiepnhanxa} (phường An Bình) against the province's {@code tiepnhan}.
 */
class UnitScopeTest extends DeskTest {

  @Autowired TestRestTemplate http;

  private String reportAbout(String badgeCode) {
    return submit(new ReportRequest(ReportType.COMPLAINT, "Cán bộ một cửa quát nạt người dân khi nộp hồ sơ.", null,
        new ReportRequest.OfficialRef(badgeCode, null, null), null, false,
        new ReportRequest.ComplainantData("Phạm Thị Hoa", "0987000111", null, null))).trackingCode();
  }

  private String tasksAs(String user, String code) {
    return http.withBasicAuth(user, "demo").getForObject("/engine-rest/task?processInstanceBusinessKey=" + code,
        String.class);
  }

  @Test
  void communeIntakeSeesItsOwnCommunesCaseAndTheProvinceSeesItToo() {
    String code = reportAbout("VH000128"); // Trương Thị Kim Chi, phường An Bình
    assertThat(task(code).getId()).isNotNull();
    assertThat(tasksAs("tiepnhanxa", code)).contains("classifyCase");
    assertThat(tasksAs("tiepnhan", code)).contains("classifyCase");
    assertThat(http.withBasicAuth("tiepnhanxa", "demo").getForEntity("/api/cases/" + code, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    completeAs("tiepnhanxa", code, Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT"));
    // accepted: the investigation starts with a leader assigning an investigator
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("assignInvestigator");
  }

  @Test
  void communeIntakeCannotSeeOrTouchADepartmentsCase() {
    String code = reportAbout("VH000120"); // Sở Giáo dục và Đào tạo
    assertThat(tasksAs("tiepnhanxa", code)).isEqualTo("[]");
    assertThat(tasksAs("tiepnhan", code)).contains("classifyCase");
    assertThat(http.withBasicAuth("tiepnhanxa", "demo").getForEntity("/api/cases/" + code, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThatThrownBy(() -> completeAs("tiepnhanxa", code,
        Map.of("category", "PHAN_ANH", "conductCode", "B02", "intakeDecision", "ACCEPT")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(task(code).getTaskDefinitionKey()).isEqualTo("classifyCase");
  }

  @Test
  void tasksCarryUnitScopedCandidateGroupsOnly() {
    String code = reportAbout("VH000128");
    var groups = engine.getTaskService().getIdentityLinksForTask(task(code).getId()).stream()
        .map(l -> l.getGroupId()).toList();
    assertThat(groups).containsExactlyInAnyOrder("tiep-nhan.p-an-binh", "tiep-nhan.ubnd-tinh");
  }

  @Test
  void tasklistFilterOfMyUnitListsOnlyMyUnitsWork() {
    String mine = reportAbout("VH000128");
    String other = reportAbout("VH000120");
    String mineTask = task(mine).getId();
    String otherTask = task(other).getId();
    var filters = engine.getFilterService();
    String unitFilter = filters.createFilterQuery().filterName("Việc của đơn vị tôi").singleResult().getId();
    engine.getIdentityService().setAuthentication("tiepnhanxa", java.util.List.of("tiep-nhan", "tiep-nhan.p-an-binh"));
    try {
      var ids = filters.list(unitFilter).stream().map(t -> ((org.camunda.bpm.engine.task.Task) t).getId()).toList();
      assertThat(ids).contains(mineTask).doesNotContain(otherTask);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
