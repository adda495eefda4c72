package vn.gov.vhcv.desk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import vn.gov.vhcv.desk.DeskTest;

/** The official's lookup finds a name typed with or without diacritics, as citizens and staff type it. */
class OfficialLookupTest extends DeskTest {

  @Autowired TestRestTemplate http;

  private String find(String q) {
    return http.getForObject("/api/public/officials?q={q}", String.class, q);
  }

  @Test
  void aNameTypedWithoutDiacriticsOrInAnotherFormStillFindsTheOfficial() {
    assertThat(find("truong thi")).contains("Trương Thị Kim Chi").contains("VH000128");
    assertThat(find("TRUONG THI KIM")).contains("Trương Thị Kim Chi");
    assertThat(find("Trương Thị")).contains("Trương Thị Kim Chi");
    // decomposed marks, as some keyboards and phones send them
    assertThat(find(Normalizer.normalize("Trương Thị", Normalizer.Form.NFD))).contains("Trương Thị Kim Chi");
    assertThat(find("dinh cong")).contains("Đinh Công Thành");
    assertThat(find("zzzz")).isEqualTo("[]");
  }
}
