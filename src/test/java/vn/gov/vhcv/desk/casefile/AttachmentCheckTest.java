package vn.gov.vhcv.desk.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Attachments are typed by their content (Apache Tika), whatever their name says. */
class AttachmentCheckTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R',
      0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
  static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

  @Test
  void pdfPngJpgAndDocxAreRecognisedByTheirBytes() throws Exception {
    assertThat(Attachments.check(new Attachments.Upload("a.bin", PDF)).contentType()).isEqualTo("application/pdf");
    assertThat(Attachments.check(new Attachments.Upload("anh", PNG)).contentType()).isEqualTo("image/png");
    assertThat(Attachments.check(new Attachments.Upload("x.txt", JPG)).contentType()).isEqualTo("image/jpeg");
    assertThat(Attachments.check(new Attachments.Upload("don.docx", docx())).contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void aFileNamedPdfThatIsNotAPdfIsRefused() {
    byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("bang-chung.pdf", script)))
        .isInstanceOf(Attachments.RejectedFile.class).hasMessageContaining("chỉ nhận tệp PDF, JPG, PNG hoặc DOCX");
    byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};
    assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("anh.jpg", exe)))
        .isInstanceOf(Attachments.RejectedFile.class);
  }

  @Test
  void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("readme.txt"));
      zip.write("xin chào".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("don.docx", out.toByteArray())))
        .isInstanceOf(Attachments.RejectedFile.class);
  }

  @Test
  void emptyAndOversizedFilesAreRefusedAndNamesAreCleaned() {
    assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("a.pdf", new byte[0])))
        .hasMessageContaining("tệp rỗng");
    byte[] big = new byte[(int) Attachments.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThatThrownBy(() -> Attachments.check(new Attachments.Upload("a.pdf", big))).hasMessageContaining("10 MB");
    assertThat(Attachments.safeName("..\\..\\etc/passwd<script>.pdf")).isEqualTo("passwd_script_.pdf");
    assertThat(Attachments.safeName("Biên bản họp.pdf")).isEqualTo("Biên bản họp.pdf");
    assertThat(Attachments.safeName("..")).isEqualTo("tep-dinh-kem");
  }

  @Test
  void aFileIsShownUnderANameOfItsDetectedTypeEvenIfStoredUnderTheSendersName() throws Exception {
    assertThat(Attachments.check(new Attachments.Upload("p.php", PDF)).extension()).isEqualTo("pdf");
    assertThat(Attachments.servedName(7, "tep-2.png", "image/png")).isEqualTo("tep-2.png");
    // a row stored before names were derived from the type
    assertThat(Attachments.servedName(7, "evil.exe", "image/png")).isEqualTo("tep-7.png");
    assertThat(Attachments.servedName(8, "tep-1.png", "application/pdf")).isEqualTo("tep-8.pdf");
  }

  static byte[] docx() throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
          + "wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>"
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"
          .getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
