package vn.gov.vhcv.desk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.gov.vhcv.desk.DeskProperties;

/**
 * Migration 13 on an outbox written by the previous version: an unsent acknowledgement held the access code in
 * its body, its HTML part and column {@code secret}. On a database of its own (H2), migrated to 12 first.
 */
class SealAccessCodesMigrationTest {

  private static final String KEY = "dGVzdC1vbmx5LWFjY2Vzcy1jb2RlLWtleS0zMmJ5dGU=";
  private static final String CODE = "BDGC-DCQU-4Q7A";

  @Test
  void unsentAcknowledgementsKeepTheirCodeOnlySealedAndTheClearColumnIsGone() throws Exception {
    String url = "jdbc:h2:mem:legacy-outbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("12").load().migrate();
    AccessCodeSeal seal = new AccessCodeSeal(new DeskProperties(null, null, null, new DeskProperties.Mail(null, KEY, null), null, null, null, null, null, null, null));
    long caseId;
    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      db.createStatement().execute("""
          INSERT INTO report_case (tracking_code, access_code_hash, report_type, status, channel, description,
                                   anonymous, received_at, created_at, updated_at)
          VALUES ('VH261126-K7P3QX', 'sha256:x', 'COMPLAINT', 'RECEIVED', 'WEB', 'legacy', FALSE,
                  CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
      ResultSet id = db.createStatement().executeQuery("SELECT id FROM report_case");
      id.next();
      caseId = id.getLong(1);
      // as the previous version stored them: one held, one sent whose code was left behind, one without a code
      insert(db, caseId, "ACK:1", "HELD", CODE);
      insert(db, caseId, "ACK:2", "SENT", "ZZZZ-YYYY-XXXX");
      insert(db, caseId, "ACCEPTED:1", "PENDING", null);
    }

    Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
        .javaMigrations(new V13__Seal_access_codes(seal)).load().migrate();

    try (Connection db = DriverManager.getConnection(url, "sa", "")) {
      ResultSet rows = db.createStatement().executeQuery(
          "SELECT * FROM notification_outbox ORDER BY dedup_key");
      assertThat(rows.getMetaData().getColumnCount()).isPositive();
      for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
        assertThat(rows.getMetaData().getColumnName(c)).isNotEqualToIgnoringCase("secret");
      }
      int seen = 0;
      while (rows.next()) {
        seen++;
        StringBuilder all = new StringBuilder();
        for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
          all.append(rows.getString(c)).append('\n');
        }
        assertThat(AccessCodeSeal.holds(all.toString(), CODE)).as(all.toString()).isFalse();
        assertThat(AccessCodeSeal.holds(all.toString(), "ZZZZ-YYYY-XXXX")).as(all.toString()).isFalse();
        String key = rows.getString("dedup_key");
        String sealed = rows.getString("sealed_access_code");
        switch (key) {
          case "ACK:1" -> {
            assertThat(rows.getString("body")).contains("Mã bí mật: " + AccessCodeSeal.PLACEHOLDER);
            assertThat(rows.getString("html_body")).contains(AccessCodeSeal.PLACEHOLDER);
            assertThat(seal.open(caseId, sealed)).isEqualTo(CODE);
          }
          case "ACK:2" -> assertThat(sealed).isNull();
          default -> {
            assertThat(sealed).isNull();
            assertThat(rows.getString("body")).isEqualTo("Mã bí mật: (không có)");
          }
        }
      }
      assertThat(seen).isEqualTo(3);
    }
  }

  private static void insert(Connection db, long caseId, String key, String status, String secret) throws Exception {
    String text = "Mã bí mật: " + (secret == null ? "(không có)" : secret);
    var insert = db.prepareStatement("""
        INSERT INTO notification_outbox (case_id, dedup_key, kind, audience, recipient, subject, body, html_body,
                                         secret, status, created_at)
        VALUES (?, ?, 'ACKNOWLEDGEMENT', 'COMPLAINANT', 'an@example.com', 'Đã tiếp nhận', ?, ?, ?, ?, CURRENT_TIMESTAMP)""");
    insert.setLong(1, caseId);
    insert.setString(2, key);
    insert.setString(3, text);
    insert.setString(4, "<p><span>" + text + "</span></p>");
    insert.setString(5, secret);
    insert.setString(6, status);
    insert.executeUpdate();
  }
}
