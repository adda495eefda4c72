package vn.gov.vhcv.desk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The benchmark's table: printed, and written as CSV and JSON under target/benchmark/. */
final class Results {

  record Row(String part, String metric, String value, String unit, String note) {}

  private final List<Row> rows = new ArrayList<>();

  void add(String part, String metric, Object value, String unit, String note) {
    String v = value instanceof Double d ? String.format(java.util.Locale.ROOT, Math.abs(d) < 10 ? "%.2f" : "%.1f", d)
        : String.valueOf(value);
    rows.add(new Row(part, metric, v, unit, note == null ? "" : note));
    System.out.printf("[benchmark] %-10s %-38s %12s %-8s %s%n", part, metric, v, unit, note == null ? "" : note);
  }

  static double percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1_000_000.0;
  }

  static long[] sorted(List<Long> nanos) {
    long[] a = nanos.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(a);
    return a;
  }

  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder csv = new StringBuilder("part,metric,value,unit,note\n");
    for (Row r : rows) {
      csv.append(String.join(",", List.of(r.part(), r.metric(), r.value(), r.unit(), '"' + r.note().replace("\"", "'") + '"')))
          .append('\n');
    }
    Files.writeString(dir.resolve("results.csv"), csv);
    String json = rows.stream().map(r -> {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("part", r.part());
      m.put("metric", r.metric());
      m.put("value", r.value());
      m.put("unit", r.unit());
      m.put("note", r.note());
      return m.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue().replace("\"", "'") + "\"")
          .collect(Collectors.joining(",", "{", "}"));
    }).collect(Collectors.joining(",\n  ", "[\n  ", "\n]\n"));
    Files.writeString(dir.resolve("results.json"), json);
    StringBuilder table = new StringBuilder("| part | metric | value | unit | note |\n|---|---|---:|---|---|\n");
    rows.forEach(r -> table.append("| ").append(r.part()).append(" | ").append(r.metric()).append(" | ").append(r.value())
        .append(" | ").append(r.unit()).append(" | ").append(r.note()).append(" |\n"));
    Files.writeString(dir.resolve("results.md"), table);
    System.out.println("\n" + table);
  }
}
