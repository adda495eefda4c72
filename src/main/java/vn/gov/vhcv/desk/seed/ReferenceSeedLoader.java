package vn.gov.vhcv.desk.seed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;
import vn.gov.vhcv.desk.calendar.CalendarDayKind;
import vn.gov.vhcv.desk.calendar.WorkingCalendar;
import vn.gov.vhcv.desk.security.StaffUnitGroups;

/**
 * Loads the reference seeds (units, officials, conduct codes, holidays) in every profile, idempotently,
 * and says what it loaded. Warns loudly when a year around today has no holiday data. Runs once all
 * beans exist (after Flyway) and before the web server takes its first request.
 */
@Component
public class ReferenceSeedLoader implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(ReferenceSeedLoader.class);
  private static final List<String> LEVEL_ORDER = List.of("PROVINCE", "DEPARTMENT", "INSPECTORATE", "COMMUNE");

  private final JdbcClient jdbc;
  private final TransactionTemplate tx;
  private final WorkingCalendar calendar;
  private final DeskProperties properties;
  private final DeskClock clock;
  private final StaffUnitGroups unitGroups;

  public ReferenceSeedLoader(JdbcClient jdbc, TransactionTemplate tx, WorkingCalendar calendar,
      DeskProperties properties, DeskClock clock, StaffUnitGroups unitGroups) {
    this.jdbc = jdbc;
    this.tx = tx;
    this.calendar = calendar;
    this.properties = properties;
    this.clock = clock;
    this.unitGroups = unitGroups;
  }

  @Override
  public void afterSingletonsInstantiated() {
    if (properties.seeds().reference()) {
      tx.executeWithoutResult(s -> load());
    }
    unitGroups.ensure();
    calendar.reload();
    var missing = calendar.missingYears(clock.asClock());
    if (!missing.isEmpty()) {
      log.warn("THIẾU DỮ LIỆU NGÀY NGHỈ cho năm {}: bổ sung seeds/holidays.csv theo thông báo của Chính phủ", missing);
    }
  }

  void load() {
    var units = new SeedTable(jdbc, "unit", "code");
    CsvSeeds.read("units.csv").stream()
        .sorted(Comparator.comparingInt(r -> LEVEL_ORDER.indexOf(r.get("level"))))
        .forEach(r -> units.upsert(row("code", r.get("code"), "name", r.get("name"), "unit_level", r.get("level"),
            "parent_code", r.get("parent_code"), "email", r.get("email"),
            "remote_area", Boolean.parseBoolean(r.get("remote_area")))));
    var officials = new SeedTable(jdbc, "official", "badge_code");
    CsvSeeds.read("officials.csv").forEach(r -> officials.upsert(row("badge_code", r.get("badge_code"),
        "full_name", r.get("full_name"), "title", r.get("title"), "unit_code", r.get("unit_code"),
        "kind", r.get("kind"), "leader", Boolean.parseBoolean(r.get("leader")), "email", r.get("email"))));
    var conduct = new SeedTable(jdbc, "conduct_code", "code");
    CsvSeeds.read("conduct-codes.csv").forEach(r -> conduct.upsert(row("code", r.get("code"), "area", r.get("area"),
        "area_name", r.get("area_name"), "name", r.get("name"), "default_severity", r.get("default_severity"),
        "legal_basis", r.get("legal_basis"))));
    var days = new SeedTable(jdbc, "calendar_day", "calendar_date");
    CsvSeeds.read("holidays.csv").forEach(r -> days.upsert(row("calendar_date", LocalDate.parse(r.get("date")),
        "kind", CalendarDayKind.valueOf(r.get("kind")).name(), "name", r.get("name"), "source", r.get("source"))));
    for (var result : List.of(units.result(), officials.result(), conduct.result(), days.result())) {
      log.info("Dữ liệu tham chiếu — {}", result);
    }
  }

  static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
