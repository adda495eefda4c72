package vn.gov.vhcv.desk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.vhcv.desk.DeskTest;

/**
 * Six random characters make about a billion tracking codes a day; in a spike of 10,000 reports two of them
 * drew the same code and the second citizen got HTTP 500. A report whose code is taken is stored again under a
 * fresh code: the citizen gets a receipt, both cases exist once, each with its process.
 */
class TrackingCodeCollisionTest extends DeskTest {

  @Autowired CaseCodes codes;

  @AfterEach
  void secureCodesAgain() {
    codes.drawFrom(null);
  }

  @Test
  void aReportThatDrawsATakenTrackingCodeIsStoredUnderAFreshOne() {
    long before = jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single();
    codes.drawFrom(new Random(20261127L));
    Receipt first = reports.submitPublic(complaint(), null);
    codes.drawFrom(new Random(20261127L)); // the same draw again: the first code comes up a second time
    Receipt second = reports.submitPublic(complaint(), null);

    assertThat(second.trackingCode()).isNotEqualTo(first.trackingCode()).matches("VH\\d{6}-[A-Z2-9]{6}");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM report_case").query(Long.class).single()).isEqualTo(before + 2);
    for (Receipt r : new Receipt[] {first, second}) {
      assertThat(jdbc.sql("SELECT COUNT(*) FROM report_case WHERE tracking_code = :c AND process_instance_id IS NOT NULL")
          .param("c", r.trackingCode()).query(Long.class).single()).isEqualTo(1);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(r.trackingCode())
          .processDefinitionKey("reportCase").count()).isEqualTo(1);
    }
    // the second citizen's access code opens the second case
    assertThat(jdbc.sql("SELECT access_code_hash FROM report_case WHERE tracking_code = :c")
        .param("c", second.trackingCode()).query(String.class).single())
        .isEqualTo(codes.hashAccessCode(second.trackingCode(), second.accessCode()));
  }
}
