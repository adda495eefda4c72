package vn.gov.vhcv.desk.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskTest;

/**
 * The Vietnamese locale of Camunda's four webapps: every English text of the webapp jar has a Vietnamese one that
 * keeps its placeholders and markup, the desk serves it under /camunda/app/**, and each app takes it as its only
 * and fallback language, with Vietnamese dates and without Camunda 7 CE's "migrate to Camunda 8" banner.
 */
class WebappLocalesTest extends DeskTest {

  static final String WEBJAR = "META-INF/resources/webjars/camunda/app/";

  /** The only texts a Vietnamese user may read as Camunda wrote them: product names and comparison signs. */
  static final Set<String> SAME_IN_VIETNAMESE = Set.of("", "Camunda", "Camunda Cockpit", "<", "<=", ">", ">=");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*\\}\\}|\\{\\}|%[sd]");
  static final Pattern MARKUP = Pattern.compile("</?(a|br|strong|b|i|em|code|span|p)\\b[^>]*>");
  static final Pattern VIETNAMESE_LETTER = Pattern.compile(
      "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishTextOfTheWebappHasAVietnameseOne(String app) throws IOException {
    JsonNode en = fromWebjar(app + "/locales/en.json");
    JsonNode vi = fromDesk(app + "/locales/vi.json");

    List<String> missing = new ArrayList<>();
    List<String> untranslated = new ArrayList<>();
    List<String> brokenPlaceholders = new ArrayList<>();
    int withVietnameseLetters = 0;
    int texts = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = en.get("labels").fields(); it.hasNext(); ) {
      var entry = it.next();
      String key = entry.getKey();
      String english = entry.getValue().asText();
      JsonNode translated = vi.get("labels").get(key);
      if (translated == null || !translated.isTextual()) {
        missing.add(key);
        continue;
      }
      String vietnamese = translated.asText();
      if (vietnamese.equals(english) && !SAME_IN_VIETNAMESE.contains(english)) {
        untranslated.add(key + " = " + english);
      }
      if (!all(PLACEHOLDER, english).equals(all(PLACEHOLDER, vietnamese))
          || !all(MARKUP, english).equals(all(MARKUP, vietnamese))) {
        brokenPlaceholders.add(key + ": " + english + " → " + vietnamese);
      }
      if (!vietnamese.isBlank()) {
        texts++;
        withVietnameseLetters += VIETNAMESE_LETTER.matcher(vietnamese).find() ? 1 : 0;
      }
    }
    assertThat(missing).as("keys of %s/en.json missing in vi.json", app).isEmpty();
    assertThat(untranslated).as("texts of %s left in English", app).isEmpty();
    assertThat(brokenPlaceholders).as("placeholders and markup of %s", app).isEmpty();
    // written in Vietnamese, with its diacritics (a few words such as "sau" have none)
    assertThat(withVietnameseLetters).isGreaterThan(texts * 95 / 100);
    assertThat(vi.get("labels").size()).as("no key the webapp does not have").isEqualTo(en.get("labels").size());

    if (en.has("dateLocales")) {
      JsonNode dates = vi.get("dateLocales");
      assertThat(dates).as("dates of %s", app).isNotNull();
      assertThat(fieldNames(dates)).isEqualTo(fieldNames(en.get("dateLocales")));
      assertThat(dates.get("months").get(11).asText()).isEqualTo("tháng 12");
      assertThat(dates.get("weekdays").get(1).asText()).isEqualTo("Thứ hai");
      assertThat(dates.get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
      assertThat(dates.get("calendar").get("sameDay").asText()).isEqualTo("[Hôm nay lúc] LT");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void theDeskServesTheVietnameseLocaleAndMakesItTheOnlyLanguage(String app) throws IOException {
    var locale = http.getForEntity("/camunda/app/" + app + "/locales/vi.json", String.class);
    assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(locale.getBody())).isEqualTo(fromDesk(app + "/locales/vi.json"));

    var config = http.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    // with the module it imports (the settings the four apps share), as the browser loads it
    String script = (config.getBody() + imported(app + "/scripts/", config.getBody(), IMPORT))
        .replaceAll("(?m)^\\s*//.*$", "");
    assertThat(script).contains("availableLocales: ['vi']", "fallbackLocale: 'vi'", "normal: 'DD/MM/YYYY HH:mm'");
    // the rest of Camunda's config.js is kept, line by line in its order (Tasklist's keyboard shortcuts …), but
    // for the shortcuts' descriptions, which the "Phím tắt" dialog shows
    List<String> ours = config.getBody().lines().toList();
    assertThat(ours.stream().filter(l -> l.strip().startsWith("description:")))
        .allMatch(l -> VIETNAMESE_LETTER.matcher(l).find());
    int at = 0;
    for (String line : text(WEBJAR + app + "/scripts/config.js", false).lines().toList()) {
      if (line.strip().startsWith("description:")) {
        continue;
      }
      int found = ours.subList(at, ours.size()).indexOf(line);
      assertThat(found).as("line of Camunda's %s config.js: %s", app, line).isNotNegative();
      at += found + 1;
    }

    var styles = http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
    assertThat(styles.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((styles.getBody() + imported(app + "/styles/", styles.getBody(), CSS_IMPORT))
        .replaceAll("/\\*(?s:.*?)\\*/", ""))
        .containsPattern("\\[cam-widget-header\\] \\.ce-eol-banner \\{\\s*display: none;\\s*\\}");
  }

  private static final Pattern IMPORT = Pattern.compile("(?m)^import \\w+ from '([^']+)';");
  private static final Pattern CSS_IMPORT = Pattern.compile("@import url\\(\"([^\"]+)\"\\);");

  /** The texts of the files {@code text} imports, served from the app's folder {@code folder} as a browser resolves them. */
  private String imported(String folder, String text, Pattern imports) {
    StringBuilder all = new StringBuilder();
    Matcher m = imports.matcher(text);
    while (m.find()) {
      String path = java.net.URI.create("/camunda/app/" + folder).resolve(m.group(1)).getPath();
      var module = http.getForEntity(path, String.class);
      assertThat(module.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      all.append('\n').append(module.getBody());
    }
    return all.toString();
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    Collections.sort(found);
    return found;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    Collections.sort(names);
    return names;
  }

  /** Camunda's own file, from the webapp jar (the desk overrides some of them at the same path). */
  private JsonNode fromWebjar(String path) throws IOException {
    return json.readTree(text(WEBJAR + path, false));
  }

  /** The desk's file, from its own classes (src/main/resources). */
  private JsonNode fromDesk(String path) throws IOException {
    return json.readTree(text(WEBJAR + path, true));
  }

  private static String text(String resource, boolean desk) throws IOException {
    for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(resource))) {
      boolean inJar = "jar".equals(url.getProtocol());
      if (inJar != desk) {
        try (InputStream in = url.openStream()) {
          // Camunda's locale files start with a byte-order mark
          return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
      }
    }
    throw new IllegalStateException((desk ? "the desk has no " : "the webapp jar has no ") + resource);
  }
}
