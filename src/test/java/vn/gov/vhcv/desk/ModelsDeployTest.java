package vn.gov.vhcv.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every model in processes/ and every form in forms/ is deployed by the process application, with relative names. */
class ModelsDeployTest extends DeskTest {

  @Autowired ObjectMapper json;

  private static List<String> filesUnder(String dir) throws IOException {
    try (Stream<Path> files = Files.walk(Path.of(dir))) {
      return files.filter(Files::isRegularFile).map(p -> p.toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".bpmn") || p.endsWith(".dmn") || p.endsWith(".form")).sorted().toList();
    }
  }

  @Test
  void everyProcessDecisionAndFormIsDeployed() throws IOException {
    Set<String> deployed = engine.getRepositoryService().createDeploymentQuery().list().stream()
        .flatMap(d -> engine.getRepositoryService().getDeploymentResources(d.getId()).stream())
        .map(Resource::getName).collect(Collectors.toSet());
    List<String> expected = Stream.concat(filesUnder("processes").stream(), filesUnder("forms").stream()).toList();
    assertThat(expected).isNotEmpty();
    assertThat(deployed).containsAll(expected);
  }

  @Test
  void everyUserTaskFormIsDeployedAndResolvable() {
    var repository = engine.getRepositoryService();
    long forms = repository.createDeploymentQuery().list().stream()
        .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
        .filter(n -> n.endsWith(".form")).count();
    assertThat(forms).isGreaterThanOrEqualTo(3);
    String code = submit(complaint()).trackingCode();
    var task = task(code);
    assertThat(engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey()).isEqualTo("classify-case");
    try (var in = engine.getFormService().getDeployedTaskForm(task.getId())) {
      var form = json.readTree(in);
      assertThat(form.get("id").asText()).isEqualTo("classify-case");
      assertThat(form.toString()).contains("Loại đơn").contains("Thụ lý giải quyết");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void conductCodeChoicesInTheIntakeFormMatchTheSeededTaxonomy() throws IOException {
    var form = json.readTree(Path.of("forms/classify-case.form").toFile());
    List<String> inForm = form.findParents("key").stream().filter(c -> "conductCode".equals(c.get("key").asText()))
        .flatMap(c -> Stream.of(c.get("values")).flatMap(v -> java.util.stream.StreamSupport.stream(v.spliterator(), false)))
        .map(v -> v.get("value").asText()).sorted().toList();
    List<String> seeded = jdbc.sql("SELECT code FROM conduct_code ORDER BY code").query(String.class).list();
    assertThat(inForm).isEqualTo(seeded);
  }
}
