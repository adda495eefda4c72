package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.vhcv.desk.DeskTest;

/**
 * Property-based fuzzing of the public API with jqwik generators: malformed JSON, wrong types, huge and
 * empty fields, control characters, markup and script, unknown badge codes. Every answer is a 201 or a
 * 4xx with a JSON message — never a 5xx — and a rejected input stores nothing.
 */
class PublicApiFuzzTest extends DeskTest {

  static final int INPUTS = 1500;

  @Autowired TestRestTemplate http;

  private static Arbitrary<String> nastyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(200),
        Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(20),
        Arbitraries.of("", " ", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "'; DROP TABLE report_case; --",
            "${jndi:ldap://x/a}", "#{7*7}", "\\u0000", "Nguyễn Văn Ắ", "🙂".repeat(50), "x".repeat(6000)),
        Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxy ,.").ofMinLength(10).ofMaxLength(300));
  }

  private static Arbitrary<String> jsonValue() {
    return Arbitraries.oneOf(
        nastyText().map(PublicApiFuzzTest::quote),
        Arbitraries.integers().map(String::valueOf),
        Arbitraries.of("null", "true", "false", "[]", "{}", "1e309", "-0", "[1,2", "{\"a\":"),
        Arbitraries.of("\"COMPLAINT\"", "\"PRAISE\"", "\"complaint\"", "\"VH000120\"", "\"VH999999\"", "\"2026-11-20\"",
            "\"2099-01-01\"", "\"20-11-2026\""));
  }

  private static Arbitrary<String> body() {
    Arbitrary<String> field = Arbitraries.of("type", "description", "occurredOn", "official", "unitCode", "anonymous",
        "complainant", "badgeCode", "unknown", "__proto__");
    Arbitrary<String> member = Combinators.combine(field, jsonValue()).as((k, v) -> quote(k) + ":" + v);
    Arbitrary<String> object = member.list().ofMaxSize(8).map(m -> "{" + String.join(",", m) + "}");
    Arbitrary<String> nearlyValid = Combinators.combine(nastyText(), nastyText(), Arbitraries.of("VH000120", "VH999999",
        "vh000120", "", "VH0001201"), Arbitraries.of("true", "false", "\"yes\"", "null"))
        .as((description, name, badge, anonymous) -> "{\"type\":\"COMPLAINT\",\"description\":" + quote(description)
            + ",\"official\":{\"badgeCode\":" + quote(badge) + "},\"anonymous\":" + anonymous
            + ",\"complainant\":{\"fullName\":" + quote(name) + ",\"phone\":\"0912345678\"}}");
    Arbitrary<String> broken = Arbitraries.strings().all().ofMaxLength(300);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, object), net.jqwik.api.Tuple.of(4, nearlyValid), net.jqwik.api.Tuple.of(2, broken));
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  @Test
  void noInputEverCausesAServerErrorAndRejectedInputsStoreNothing() {
    // sampleStream() is jqwik's way to draw values outside a property; failures print the offending body
    List<String> bodies = body().sampleStream().limit(INPUTS).toList();
    List<String> failures = new ArrayList<>();
    int created = 0;
    int rejected = 0;
    for (String b : bodies) {
      long before = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      ResponseEntity<String> r = http.postForEntity("/api/public/reports", new HttpEntity<>(b, headers), String.class);
      long after = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
      int status = r.getStatusCode().value();
      if (status == 201) {
        created++;
        if (after != before + 1) {
          failures.add("201 but " + (after - before) + " cases stored: " + b);
        }
      } else if (status >= 400 && status < 500) {
        rejected++;
        if (after != before) {
          failures.add(status + " but a case was stored: " + b);
        }
        if (r.getBody() == null || !r.getBody().contains("\"message\"")) {
          failures.add(status + " without a JSON message: " + b);
        }
      } else {
        failures.add(status + ": " + b);
      }
    }
    System.out.printf("fuzz: %d inputs, %d created, %d rejected with 4xx%n", bodies.size(), created, rejected);
    assertThat(failures).isEmpty();
    assertThat(created + rejected).isEqualTo(INPUTS);
  }
}
