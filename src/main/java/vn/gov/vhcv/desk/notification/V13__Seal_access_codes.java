package vn.gov.vhcv.desk.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 13 (a Spring bean, so it has the sealing key; Spring Boot hands every {@code JavaMigration}
 * bean to Flyway): the outbox keeps no access code in the clear any more. Until now an unsent acknowledgement
 * held the citizen's code in its body, its HTML part and column {@code secret} until the mail was accepted. Each
 * such notice gets {@link AccessCodeSeal#PLACEHOLDER} in its texts and the code sealed in the new column
 * {@code sealed_access_code}; a sent one keeps nothing; column {@code secret} is dropped.
 */
@Component
public class V13__Seal_access_codes extends BaseJavaMigration {

  private final AccessCodeSeal seal;

  public V13__Seal_access_codes(AccessCodeSeal seal) {
    this.seal = seal;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection db = context.getConnection();
    try (Statement ddl = db.createStatement()) {
      ddl.execute("ALTER TABLE notification_outbox ADD COLUMN sealed_access_code VARCHAR(200)");
    }
    try (Statement select = db.createStatement();
        ResultSet rows = select.executeQuery(
            "SELECT id, case_id, body, html_body, secret, status FROM notification_outbox WHERE secret IS NOT NULL");
        PreparedStatement update = db.prepareStatement("UPDATE notification_outbox SET body = ?, html_body = ?,"
            + " sealed_access_code = ?, secret = NULL WHERE id = ?")) {
      while (rows.next()) {
        String code = rows.getString("secret");
        long caseIdValue = rows.getLong("case_id");
        Long caseId = rows.wasNull() ? null : caseIdValue;
        String html = rows.getString("html_body");
        update.setString(1, rows.getString("body").replace(code, AccessCodeSeal.PLACEHOLDER));
        update.setString(2, html == null ? null : html.replace(code, AccessCodeSeal.PLACEHOLDER));
        update.setString(3, "SENT".equals(rows.getString("status")) || code.isEmpty() ? null : seal.seal(caseId, code));
        update.setLong(4, rows.getLong("id"));
        update.executeUpdate();
      }
    }
    try (Statement ddl = db.createStatement()) {
      ddl.execute("ALTER TABLE notification_outbox DROP COLUMN secret");
    }
  }
}
