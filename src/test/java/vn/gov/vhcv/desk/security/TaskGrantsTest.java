package vn.gov.vhcv.desk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskTest;

/** A task's grants follow its candidate groups, through the engine REST API. */
class TaskGrantsTest extends DeskTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;

  private JsonNode get(String user, String path) throws Exception {
    return JSON.readTree(http.withBasicAuth(user, "demo").getForObject(path, String.class));
  }

  private long grants(String taskId, String groupId) {
    return jdbc.sql("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_ID_ = :t AND GROUP_ID_ = :g")
        .param("t", taskId).param("g", groupId).query(Long.class).single();
  }

  @Test
  void removingACandidateGroupTakesTheTaskFromTheGroup() throws Exception {
    String code = submit(complaint()).trackingCode();
    String taskId = task(code).getId();
    assertThat(get("tiepnhan", "/engine-rest/task?processInstanceBusinessKey=" + code)).hasSize(1);

    // every candidate group tiepnhan belongs to is taken off the task by an administrator
    List<String> mine = new ArrayList<>();
    List<String> memberOf = engine.getIdentityService().createGroupQuery().groupMember("tiepnhan").list().stream()
        .map(g -> g.getId()).toList();
    for (JsonNode link : get("admin", "/engine-rest/task/" + taskId + "/identity-links?type=candidate")) {
      if (link.hasNonNull("groupId") && memberOf.contains(link.get("groupId").asText())) {
        mine.add(link.get("groupId").asText());
      }
    }
    assertThat(mine).isNotEmpty();
    for (String group : mine) {
      assertThat(grants(taskId, group)).as(group).isEqualTo(1);
      var removed = http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/" + taskId + "/identity-links/delete",
          java.util.Map.of("groupId", group, "type", "candidate"), String.class);
      assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(grants(taskId, group)).as(group).isZero();
    }

    assertThat(get("tiepnhan", "/engine-rest/task?processInstanceBusinessKey=" + code)).isEmpty();
    assertThat(http.withBasicAuth("tiepnhan", "demo").getForEntity("/engine-rest/task/" + taskId, String.class)
        .getStatusCode().value()).isIn(403, 404);
    assertThat(http.withBasicAuth("tiepnhan", "demo").postForEntity("/engine-rest/task/" + taskId + "/claim",
        java.util.Map.of("userId", "tiepnhan"), String.class).getStatusCode().value()).isIn(403, 404);
    // the groups still on the task keep it
    assertThat(get("admin", "/engine-rest/task?processInstanceBusinessKey=" + code)).hasSize(1);
  }
}
