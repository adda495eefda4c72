package vn.gov.vhcv.desk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.gov.vhcv.desk.DeskTest;

/** Files a citizen uploads through the portal's report form, as an attacker sends them. */
class UploadHardeningTest extends DeskTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
      0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NORMAL).build(); // a report sent is answered by a redirect to its receipt

  record Part(String fileName, byte[] bytes) {}

  /** POST /portal/report as the browser sends it: multipart, with the form page's CSRF token. */
  private HttpResponse<String> report(List<Part> files) throws Exception {
    return report(client, files);
  }

  private HttpResponse<String> report(HttpClient client, List<Part> files) throws Exception {
    return report(client, files, Map.of("consent", "true"));
  }

  /** The form with {@code more} fields (a field given as "" is left out: consent, say). */
  private HttpResponse<String> report(HttpClient client, List<Part> files, Map<String, String> more) throws Exception {
    String form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/report")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).isTrue();
    String boundary = "----desk-test-boundary";
    var body = new ByteArrayOutputStream();
    Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("_csrf", csrf.group(1), "type", "COMPLAINT",
        "badgeCode", "VH000120", "description", "Cán bộ bộ phận một cửa quát nạt, không hướng dẫn thủ tục.",
        "anonymous", "true"));
    fields.putAll(more);
    fields.values().removeIf(String::isEmpty);
    for (var f : fields.entrySet()) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
          + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
    for (Part p : files) {
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + p.fileName()
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.write(p.bytes());
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/report"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
  }

  private long count(String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
  }

  /** A Word document's parts, then whatever {@code more} adds. */
  private static byte[] docx(ZipBody more) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
          .getBytes(StandardCharsets.UTF_8));
      more.write(zip);
    }
    return out.toByteArray();
  }

  interface ZipBody {
    void write(ZipOutputStream zip) throws IOException;
  }

  @Test
  void aDocxThatInflatesToAGigabyteIsRefusedInVietnameseAndNothingIsStored() throws Exception {
    byte[] bomb = docx(zip -> {
      zip.putNextEntry(new ZipEntry("word/media/image1.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 1024; i++) {
        zip.write(zeros); // 1 GiB of zeros, about 1 MB deflated
      }
    });
    assertThat(bomb.length).isLessThan(10 * 1024 * 1024);
    long cases = count("report_case");
    long files = count("attachment");
    long started = System.nanoTime();
    HttpResponse<String> answer = report(List.of(new Part("don.docx", bomb)));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("don.docx: tệp DOCX bất thường (giải nén ra quá lớn");
    assertThat(count("report_case")).isEqualTo(cases);
    assertThat(count("attachment")).isEqualTo(files);
    System.out.println("zip bomb refused in " + millis + " ms");
  }

  @Test
  void aDocxWithThousandsOfPartsIsRefused() throws Exception {
    byte[] many = docx(zip -> {
      for (int i = 0; i < 5_000; i++) {
        zip.putNextEntry(new ZipEntry("word/p" + i + ".xml"));
      }
    });
    long cases = count("report_case");
    HttpResponse<String> answer = report(List.of(new Part("nhieu-phan.docx", many)));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("nhieu-phan.docx: tệp DOCX bất thường", "1000 phần");
    assertThat(count("report_case")).isEqualTo(cases);
  }

  @Test
  void aFileOver10MbIsAnsweredWithTheFormAndAVietnameseErrorAtTheFileField() throws Exception {
    long cases = count("report_case");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    HttpResponse<String> answer = report(List.of(new Part("bien-ban.pdf", big)));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("id=\"files-error\"", "bien-ban.pdf: tệp lớn hơn 10 MB")
        .contains("thủ tục.</textarea>"); // what was typed comes back
    assertThat(count("report_case")).isEqualTo(cases);
  }

  @Test
  void anUploadPastTheWholeRequestCapIsReadToItsEndAndSentBackToTheFormWithTheReason() throws Exception {
    long cases = count("report_case");
    byte[] part = new byte[13 * 1024 * 1024];
    System.arraycopy(PDF, 0, part, 0, PDF.length);
    HttpResponse<String> answer = report(List.of(new Part("a.pdf", part), new Part("b.pdf", part), new Part("c.pdf", part),
        new Part("d.pdf", part), new Part("e.pdf", part)));
    assertThat(answer.uri().toString()).endsWith("/portal/report?error=too-large");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("id=\"files-error\"", "Các tệp chọn cùng lúc quá lớn", "Xin nhập lại");
    assertThat(count("report_case")).isEqualTo(cases);
  }

  @Test
  void theReceiptIsShownOnceFromItsCookieAndNeitherACopyNorJunkShowsAnything() throws Exception {
    HttpClient noRedirects = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> posted = report(noRedirects, List.of());
    assertThat(posted.statusCode()).isEqualTo(302);
    assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/portal/receipt");
    String setCookie = posted.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("desk_receipt="))
        .findFirst().orElseThrow();
    assertThat(setCookie).contains("Path=/portal/receipt", "HttpOnly", "SameSite=Strict");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    URI receipt = URI.create("http://localhost:" + port + "/portal/receipt");
    HttpClient plain = HttpClient.newHttpClient();
    HttpResponse<String> first = plain.send(HttpRequest.newBuilder(receipt).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(first.body()).contains("id=\"access-code\"");
    assertThat(first.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("desk_receipt=;") && c.contains("Max-Age=0"));
    // the same cookie again (a copy kept by anyone): the codes are not shown a second time
    HttpResponse<String> copy = plain.send(HttpRequest.newBuilder(receipt).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(copy.statusCode()).isEqualTo(200);
    assertThat(copy.body()).doesNotContain("id=\"access-code\"").contains("chỉ hiện một lần");
    for (String junk : List.of("desk_receipt=junk", "desk_receipt=" + "A".repeat(200), "desk_receipt=%00%27")) {
      HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(receipt).header("Cookie", junk).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(junk).isEqualTo(200);
      assertThat(answer.body()).as(junk).doesNotContain("id=\"access-code\"").contains("chỉ hiện một lần");
    }
  }

  @Test
  void heldFilesBelongToTheirFormOnlyAndJunkLetsGoOfNothing() throws Exception {
    // form A comes back (no consent) holding its file
    HttpResponse<String> a = report(client, List.of(new Part("bang-chung-a.pdf", PDF)), Map.of("consent", ""));
    assertThat(a.statusCode()).isEqualTo(400);
    assertThat(a.body()).contains("đã đính kèm: bang-chung-a.pdf");
    Matcher token = Pattern.compile("name=\"heldToken\" value=\"([^\"]+)\"").matcher(a.body());
    assertThat(token.find()).isTrue();
    Matcher id = Pattern.compile("name=\"removeHeld\" value=\"(\\d+)\"").matcher(a.body());
    assertThat(id.find()).isTrue();
    // another form (its own token, a forged one, junk ids) cannot take it nor let it go
    for (Map<String, String> other : List.of(Map.of("consent", "", "removeHeld", id.group(1)),
        Map.of("consent", "", "heldToken", "AAAAAAAAAAAAAAAAAAAAAA", "removeHeld", id.group(1)),
        Map.of("consent", "", "heldToken", "../../etc/passwd", "removeHeld", "1 OR 1=1"))) {
      HttpResponse<String> answer = report(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), List.of(), other);
      assertThat(answer.statusCode()).as(other.toString()).isEqualTo(400);
      assertThat(answer.body()).as(other.toString()).contains("Cần đồng ý").doesNotContain("bang-chung-a.pdf");
    }
    assertThat(jdbc.sql("SELECT COUNT(*) FROM held_upload WHERE id = :id").param("id", Long.parseLong(id.group(1)))
        .query(Long.class).single()).isEqualTo(1);
    // form A sent again with its token: the held file goes with the report and is let go
    HttpResponse<String> sent = report(client, List.of(), Map.of("consent", "true", "heldToken", token.group(1)));
    assertThat(sent.statusCode()).isEqualTo(200);
    Matcher code = Pattern.compile("id=\"tracking-code\"[^>]*>([^<]+)<").matcher(sent.body());
    assertThat(code.find()).isTrue();
    register(code.group(1).strip());
    assertThat(jdbc.sql("SELECT COUNT(*) FROM attachment a JOIN report_case c ON c.id = a.case_id WHERE c.tracking_code = :c")
        .param("c", code.group(1).strip()).query(Long.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM held_upload WHERE id = :id").param("id", Long.parseLong(id.group(1)))
        .query(Long.class).single()).isZero();
  }

  @Test
  void aNulInTheFileNameIsAClear400AndStoresNothing() throws Exception {
    long cases = count("report_case");
    long files = count("attachment");
    HttpResponse<String> answer = report(List.of(new Part("bang-chung\0.pdf", PDF)));
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Tên tệp đính kèm có ký tự không hợp lệ");
    assertThat(count("report_case")).isEqualTo(cases);
    assertThat(count("attachment")).isEqualTo(files);
  }

  @Test
  void storedFilesAreNamedByTheirDetectedTypeAndServedAsDownloadsOfThatType() throws Exception {
    HttpResponse<String> answer = report(List.of(new Part("p.php", PDF), new Part("evil.exe", PNG)));
    assertThat(answer.statusCode()).isEqualTo(200);
    Matcher code = Pattern.compile("id=\"tracking-code\"[^>]*>([^<]+)<").matcher(answer.body());
    assertThat(code.find()).isTrue();
    String trackingCode = code.group(1).strip();
    register(trackingCode);
    var stored = jdbc.sql("""
            SELECT a.id, a.file_name, a.content_type FROM attachment a JOIN report_case c ON c.id = a.case_id
             WHERE c.tracking_code = :code ORDER BY a.id""").param("code", trackingCode)
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    assertThat(stored).extracting(r -> r.get(1) + " " + r.get(2))
        .containsExactly("tep-1.pdf application/pdf", "tep-2.png image/png");

    var download = http.withBasicAuth("xacminh", "demo")
        .getForEntity("/staff/cases/" + trackingCode + "/attachments/" + stored.get(1).get(0), byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(PNG);
    assertThat(download.getHeaders().getContentType().toString()).isEqualTo("image/png");
    assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
    assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("tep-2.png");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    String page = http.withBasicAuth("xacminh", "demo").getForObject("/staff/cases/" + trackingCode, String.class);
    assertThat(page).contains("tep-1.pdf", "tep-2.png").doesNotContain("p.php", "evil.exe");
  }
}
