package vn.gov.vhcv.desk.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Completes a task the way Camunda Tasklist does with a Camunda Form, through the engine REST API as the signed-in
 * user (HTTP Basic): it loads the task's deployed form and the task's variables, fills the form with them as form-js
 * does (text fields show text, a select or radio only one of its options, a checkbox true or false), types the
 * user's values over them, leaves out the fields the form hides, checks what the form itself checks before it lets
 * the user submit (required, pattern, length), and posts every remaining field to {@code submit-form} without a type,
 * as Tasklist does: the engine makes strings of text, booleans of checkboxes and numbers of number fields.
 */
final class TasklistForms {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> NON_INPUT_TYPES = Set.of("text", "button", "spacer", "separator", "image", "html", "group");
  private static final Pattern CLAUSE = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(!=|=)\\s*(\"[^\"]*\"|null)");

  /** What the engine REST API answered to a submission, and the values that were sent. */
  record Submission(int status, String body, Map<String, Object> sent) {}

  private final TestRestTemplate http;

  TasklistForms(TestRestTemplate http) {
    this.http = http;
  }

  /** The id of the task with this key of the case that {@code user} sees in Tasklist, or fails. */
  String taskId(String user, String trackingCode, String taskKey) {
    JsonNode tasks = get(user, "/engine-rest/task?processInstanceBusinessKey=" + trackingCode + "&taskDefinitionKey=" + taskKey);
    assertThat(tasks).as("%s sees exactly one task %s of case %s", user, taskKey, trackingCode).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** Fills the task's form with the user's values over the loaded ones and submits it as Tasklist does. */
  Submission submit(String user, String taskId, Map<String, ?> typed) {
    JsonNode form = get(user, "/engine-rest/task/" + taskId + "/deployed-form");
    JsonNode variables = get(user, "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
    List<JsonNode> fields = new ArrayList<>();
    collect(form, fields);
    for (String key : typed.keySet()) {
      assertThat(fields.stream().map(f -> f.get("key").asText())).as("form %s has a field %s", form.path("id").asText(), key)
          .contains(key);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    for (JsonNode field : fields) {
      String key = field.get("key").asText();
      data.put(key, typed.containsKey(key) ? typed.get(key) : imported(field, variables.path(key).path("value")));
    }
    Map<String, Object> sent = new LinkedHashMap<>();
    for (JsonNode field : fields) {
      String key = field.get("key").asText();
      if (!hidden(field.path("conditional").path("hide").asText(""), data)) {
        validate(form.path("id").asText(), field, data.get(key));
        sent.put(key, data.get(key));
      }
    }
    ObjectNode body = JSON.createObjectNode();
    ObjectNode vars = body.putObject("variables");
    sent.forEach((k, v) -> vars.putObject(k).set("value", JSON.valueToTree(v)));
    ResponseEntity<String> answer = http.exchange("/engine-rest/task/" + taskId + "/submit-form", HttpMethod.POST,
        new HttpEntity<>(body.toString(), headers(user)), String.class);
    return new Submission(answer.getStatusCode().value(), answer.getBody(), sent);
  }

  /** The form's input fields, in groups too (form-js submits every keyed field that is not disabled). */
  static void collect(JsonNode node, List<JsonNode> into) {
    for (JsonNode c : node.path("components")) {
      if (c.hasNonNull("key") && !NON_INPUT_TYPES.contains(c.path("type").asText()) && !c.path("disabled").asBoolean(false)) {
        into.add(c);
      }
      collect(c, into);
    }
  }

  /** A loaded variable as the form field shows it, before the user types anything. */
  private static Object imported(JsonNode field, JsonNode value) {
    String type = field.get("type").asText();
    return switch (type) {
      case "textfield", "textarea" -> value.isMissingNode() || value.isNull() ? "" : value.asText();
      case "select", "radio" -> {
        if (value.isMissingNode() || value.isNull()) {
          yield null;
        }
        for (JsonNode option : field.path("values")) {
          if (option.path("value").asText().equals(value.asText())) {
            yield value.asText();
          }
        }
        yield null;
      }
      case "checkbox" -> value.isBoolean() && value.asBoolean();
      case "number" -> value.isNumber() ? value.numberValue() : null;
      // form-js's date picker (the desk's forms no longer have one): the text it was given, ISO from a Date variable
      case "datetime" -> value.isMissingNode() || value.isNull() ? null : value.asText();
      default -> throw new IllegalStateException("a form field of type " + type + " the test does not know: " + field);
    };
  }

  /** form-js's conditions as the desk's forms write them: {@code =a != "X"}, {@code =a = "X" or a = null}. */
  static boolean hidden(String expression, Map<String, Object> data) {
    if (expression.isBlank()) {
      return false;
    }
    String e = expression.strip();
    e = e.startsWith("=") ? e.substring(1).strip() : e;
    for (String clause : e.split("\\s+or\\s+")) {
      Matcher m = CLAUSE.matcher(clause.strip());
      if (!m.matches()) {
        throw new IllegalStateException("a condition the test cannot read: " + expression);
      }
      Object left = data.get(m.group(1));
      String right = m.group(3).equals("null") ? null : m.group(3).substring(1, m.group(3).length() - 1);
      boolean equal = Objects.equals(left == null ? null : left.toString(), right);
      if (m.group(2).equals("=") == equal) {
        return true;
      }
    }
    return false;
  }

  /** What the form checks before Tasklist lets the user submit: a value the form would refuse is the test's error. */
  private static void validate(String form, JsonNode field, Object value) {
    JsonNode v = field.path("validate");
    String key = field.get("key").asText();
    String text = value == null ? null : value.toString();
    if (v.path("required").asBoolean(false)) {
      assertThat(text).as("%s: %s is required", form, key).isNotNull().isNotEmpty();
    }
    if (text != null && !text.isEmpty()) {
      if (v.hasNonNull("pattern")) {
        assertThat(text).as("%s: %s must match the form's pattern", form, key).matches(v.get("pattern").asText());
      }
      if (v.hasNonNull("minLength")) {
        assertThat(text.length()).as("%s: %s length", form, key).isGreaterThanOrEqualTo(v.get("minLength").asInt());
      }
      if (v.hasNonNull("maxLength")) {
        assertThat(text.length()).as("%s: %s length", form, key).isLessThanOrEqualTo(v.get("maxLength").asInt());
      }
    }
  }

  JsonNode get(String user, String url) {
    ResponseEntity<String> answer = http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers(user)), String.class);
    assertThat(answer.getStatusCode().value()).as("GET %s as %s: %s", url, user, answer.getBody()).isEqualTo(200);
    try {
      return JSON.readTree(answer.getBody());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setBasicAuth(user, "demo");
    return headers;
  }
}
