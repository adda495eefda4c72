package vn.gov.vhcv.desk.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads a UTF-8 CSV seed file (header row, RFC 4180) from {@code seeds/} on the classpath. */
public final class CsvSeeds {

  private CsvSeeds() {}

  public static List<Map<String, String>> read(String path) {
    var resource = new ClassPathResource("seeds/" + path);
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).get();
    try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord r : format.parse(in)) {
        Map<String, String> row = new LinkedHashMap<>();
        r.toMap().forEach((k, v) -> row.put(k.replace("\uFEFF", ""), v == null || v.isEmpty() ? null : v));
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read seed file seeds/" + path, e);
    }
  }
}
