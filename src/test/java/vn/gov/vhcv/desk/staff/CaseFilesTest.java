package vn.gov.vhcv.desk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.vhcv.desk.CaseScenarios;

/**
 * Evidence and the official's explanation uploaded on the case page, through HTTP as a browser sends them (session
 * login, the page's CSRF token, multipart): who may upload, who may read, what is refused, what is audited.
 */
class CaseFilesTest extends CaseScenarios {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
      0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
  /** The start of a Windows executable (MZ header, PE signature). */
  static final byte[] EXE;

  static {
    EXE = new byte[512];
    EXE[0] = 'M';
    EXE[1] = 'Z';
    EXE[0x3c] = (byte) 0x80;
    EXE[0x80] = 'P';
    EXE[0x81] = 'E';
  }

  @LocalServerPort int port;

  record Part(String fileName, byte[] bytes) {}

  /** A browser session: logged in as {@code user} (or anonymous), with the CSRF token of the last page read. */
  final class Session {
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String csrf;

    Session(String user, String password) throws Exception {
      read("/login");
      if (user != null) {
        String form = "username=" + user + "&password=" + password + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/staff");
      }
    }

    HttpResponse<String> read(String path) throws Exception {
      HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
      if (token.find()) {
        csrf = token.group(1);
      }
      return page;
    }

    HttpResponse<byte[]> download(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** POST …/files as the case page's form sends it (the token in the action's query and in the body). */
    HttpResponse<String> upload(String code, String kind, List<Part> files) throws Exception {
      String boundary = "----desk-evidence-boundary";
      var body = new ByteArrayOutputStream();
      for (var f : Map.of("_csrf", csrf, "kind", kind).entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
            + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      for (Part p : files) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + p.fileName()
            + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(p.bytes());
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return client.send(HttpRequest.newBuilder(uri("/staff/cases/" + code + "/files?_csrf="
              + URLEncoder.encode(csrf, StandardCharsets.UTF_8)))
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** A complaint about an official of Sở Giáo dục và Đào tạo, accepted, with xacminh assigned to investigate it. */
  private String assignedCase() {
    String code = submit(complaint()).trackingCode();
    accept(code, "PHAN_ANH", "B02");
    completeAs("lanhdao", code, Map.of("investigatorId", "xacminh"));
    return code;
  }

  private long files(String code) {
    return jdbc.sql("SELECT COUNT(*) FROM attachment a JOIN report_case c ON c.id = a.case_id WHERE c.tracking_code = :c")
        .param("c", code).query(Long.class).single();
  }

  private long audited(String code, String action) {
    return jdbc.sql("SELECT COUNT(*) FROM audit_log a JOIN report_case c ON c.id = a.case_id "
            + "WHERE c.tracking_code = :c AND a.action = :a").param("c", code).param("a", action).query(Long.class).single();
  }

  @Test
  void theAssignedInvestigatorUploadsEvidenceAndTheExplanationAndEveryoneWhoSeesTheCaseListsAndDownloadsThem()
      throws Exception {
    String code = assignedCase();
    Session investigator = new Session("xacminh", "demo");
    String page = investigator.read("/staff/cases/" + code).body();
    assertThat(page).contains("id=\"upload-files\"", "Tải lên chứng cứ hoặc văn bản giải trình");
    // the form posts to the upload with the page's CSRF token in its query too (an oversized body still carries it)
    assertThat(page).contains("action=\"/staff/cases/" + code + "/files?_csrf=");

    HttpResponse<String> evidence = investigator.upload(code, "EVIDENCE", List.of(new Part("bien-ban.pdf", PDF),
        new Part("anh-quay-3.png", PNG)));
    assertThat(evidence.statusCode()).isEqualTo(302);
    assertThat(evidence.headers().firstValue("Location").orElse("")).endsWith("/staff/cases/" + code + "?uploaded=2#evidence");
    HttpResponse<String> explanation = investigator.upload(code, "EXPLANATION", List.of(new Part("giai-trinh.pdf", PDF)));
    assertThat(explanation.statusCode()).isEqualTo(302);

    var stored = jdbc.sql("""
            SELECT a.id, a.file_name, a.content_type, a.kind, a.uploaded_by, a.uploaded_at FROM attachment a
              JOIN report_case c ON c.id = a.case_id WHERE c.tracking_code = :code ORDER BY a.id""").param("code", code)
        .query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            String.valueOf(rs.getObject(6) != null))).list();
    assertThat(stored).extracting(r -> String.join(" ", r.subList(1, 6))).containsExactly(
        "tep-1.pdf application/pdf EVIDENCE xacminh true",
        "tep-2.png image/png EVIDENCE xacminh true",
        "tep-3.pdf application/pdf EXPLANATION xacminh true");
    assertThat(audited(code, "CASE_FILE_UPLOADED")).isEqualTo(3);

    String listed = investigator.read("/staff/cases/" + code + "?uploaded=1").body();
    assertThat(listed).contains("Đã lưu 1 tệp vào hồ sơ.", "tep-1.pdf", "tep-3.pdf", "Chứng cứ xác minh",
        "Văn bản giải trình của người bị phản ánh").doesNotContain("bien-ban.pdf", "giai-trinh.pdf");

    // the leader who approves the conclusion, and the council, read the list and download; each download is audited
    for (String viewer : List.of("lanhdao", "hoidong")) {
      Session session = new Session(viewer, "demo");
      assertThat(session.read("/staff/cases/" + code).body()).contains("tep-2.png", "Chứng cứ xác minh");
      HttpResponse<byte[]> download = session.download("/staff/cases/" + code + "/attachments/" + stored.get(1).get(0));
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.body()).isEqualTo(PNG);
      assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
    }
    assertThat(audited(code, "ATTACHMENT_DOWNLOADED")).isEqualTo(2);
    // the council sees the files but has no upload form
    assertThat(new Session("hoidong", "demo").read("/staff/cases/" + code).body()).doesNotContain("id=\"upload-files\"");
  }

  @Test
  void theLeadersOfTheHandlingUnitMayUploadToo() throws Exception {
    String code = assignedCase();
    Session leader = new Session("lanhdao", "demo");
    assertThat(leader.read("/staff/cases/" + code).body()).contains("id=\"upload-files\"");
    assertThat(leader.upload(code, "EVIDENCE", List.of(new Part("cong-van.pdf", PDF))).statusCode()).isEqualTo(302);
    assertThat(files(code)).isEqualTo(1);
  }

  @Test
  void nobodyElseMayUploadAndNothingIsStored() throws Exception {
    String code = assignedCase();
    staff("xacminhkhac", "xac-minh", "THANH-TRA-TINH", null);

    // anonymous: sent to the login page
    Session anonymous = new Session(null, null);
    HttpResponse<String> answer = anonymous.upload(code, "EVIDENCE", List.of(new Part("a.pdf", PDF)));
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location").orElse("")).endsWith("/login");

    // a clerk and a leader of phường An Bình do not even see a Sở Giáo dục case
    for (String other : List.of("tiepnhanxa", "lanhdaoxa")) {
      Session session = new Session(other, "demo");
      session.read("/staff");
      assertThat(session.upload(code, "EVIDENCE", List.of(new Part("a.pdf", PDF))).statusCode()).as(other).isEqualTo(404);
    }
    // intake and an investigator not assigned to the case see it, without the upload form, and are refused
    for (String[] who : new String[][] {{"tiepnhan", "demo"}, {"xacminhkhac", "secret-1"}, {"giamsat", "demo"}}) {
      Session session = new Session(who[0], who[1]);
      assertThat(session.read("/staff/cases/" + code).body()).as(who[0]).contains("Tệp đính kèm, chứng cứ")
          .doesNotContain("id=\"upload-files\"");
      HttpResponse<String> refused = session.upload(code, "EVIDENCE", List.of(new Part("a.pdf", PDF)));
      assertThat(refused.statusCode()).as(who[0]).isEqualTo(403);
    }
    assertThat(files(code)).isZero();
    assertThat(audited(code, "CASE_FILE_UPLOADED")).isZero();
    assertThat(audited(code, "CASE_FILE_UPLOAD_REFUSED")).isEqualTo(3);
  }

  @Test
  void junkIsRefusedInVietnameseAndNothingIsStored() throws Exception {
    String code = assignedCase();
    Session investigator = new Session("xacminh", "demo");
    investigator.read("/staff/cases/" + code);

    HttpResponse<String> exe = investigator.upload(code, "EVIDENCE", List.of(new Part("bang-chung.pdf", EXE)));
    assertThat(exe.statusCode()).isEqualTo(400);
    assertThat(exe.body()).contains("Không nhận tệp", "bang-chung.pdf: chỉ nhận tệp PDF, JPG, PNG hoặc DOCX");

    byte[] text = "Đây là một tệp văn bản thường, không phải PDF.".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> wrongType = investigator.upload(code, "EXPLANATION", List.of(new Part("giai-trinh.txt", text)));
    assertThat(wrongType.statusCode()).isEqualTo(400);
    assertThat(wrongType.body()).contains("giai-trinh.txt: chỉ nhận tệp PDF, JPG, PNG hoặc DOCX");

    // one good file beside a bad one: nothing is stored
    HttpResponse<String> mixed = investigator.upload(code, "EVIDENCE", List.of(new Part("tot.pdf", PDF),
        new Part("xau.pdf", EXE)));
    assertThat(mixed.statusCode()).isEqualTo(400);

    byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    HttpResponse<String> tooLarge = investigator.upload(code, "EVIDENCE", List.of(new Part("lon.pdf", large)));
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("Tệp lớn hơn 10 MB", "Không tệp nào được lưu", "/staff/cases/" + code + "#evidence");

    HttpResponse<String> noKind = investigator.upload(code, "OTHER", List.of(new Part("tot.pdf", PDF)));
    assertThat(noKind.statusCode()).isEqualTo(400);
    assertThat(noKind.body()).contains("Chưa chọn loại tệp");

    HttpResponse<String> nul = investigator.upload(code, "EVIDENCE", List.of(new Part("bang\0chung.pdf", PDF)));
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(nul.body()).contains("Tên tệp đính kèm có ký tự không hợp lệ");

    assertThat(files(code)).isZero();
    assertThat(audited(code, "CASE_FILE_UPLOADED")).isZero();
  }
}
