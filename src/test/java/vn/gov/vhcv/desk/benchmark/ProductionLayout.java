package vn.gov.vhcv.desk.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The desk laid out as docs/OPERATIONS.md tells an operator to deploy it: the packaged jar extracted by Spring Boot's
 * jar tools (launcher jar + {@code lib/}), and a class-data-sharing archive of the classes a start loads,
 * written by one training run that stops right after the application context is refreshed
 * ({@code -XX:ArchiveClassesAtExit}, {@code -Dspring.context.exit=onRefresh}). The training run uses an H2
 * database in memory, so it touches nothing of the benchmark's.
 */
record ProductionLayout(Path jar, Path archive, double extractSeconds, double trainingSeconds) {

  static ProductionLayout prepare(Path packagedJar, Path dir, Path log) throws IOException, InterruptedException {
    if (!Files.isRegularFile(packagedJar)) {
      throw new IllegalStateException(packagedJar + " is missing: run the benchmark with 'verify', which packages the desk first");
    }
    if (Files.exists(dir)) {
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long t0 = System.nanoTime();
    run(List.of(java, "-Djarmode=tools", "-jar", packagedJar.toString(), "extract", "--destination", dir.toString()), log);
    long t1 = System.nanoTime();
    Path jar = dir.resolve(packagedJar.getFileName());
    Path archive = dir.resolve("case-desk.jsa");
    List<String> training = new ArrayList<>(List.of(java, "-Xmx512m", "-Duser.timezone=Asia/Ho_Chi_Minh",
        "-Dfile.encoding=UTF-8", "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-Dspring.context.exit=onRefresh", "-jar", jar.toString(),
        "--spring.config.additional-location=optional:file:target/test-classes/", "--spring.profiles.active=test",
        "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:cds-training;DB_CLOSE_DELAY=-1"));
    run(training, log);
    long t2 = System.nanoTime();
    if (!Files.isRegularFile(archive)) {
      throw new IllegalStateException("the training run wrote no archive; see " + log);
    }
    return new ProductionLayout(jar, archive, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("did not finish in 5 minutes: " + command + "; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IllegalStateException("exit code " + p.exitValue() + ": " + command + "; see " + log);
    }
  }
}
