package vn.gov.vhcv.desk.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A whole desk in a JVM of its own, so that a test can kill it the hard way (SIGKILL) and start it again. */
public final class DeskNode implements AutoCloseable {

  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  public final int port;
  private final Process process;

  private DeskNode(int port, Process process) {
    this.port = port;
    this.process = process;
  }

  /** The database the nodes share: the suite's PostgreSQL under -Ppostgres, else an H2 file under target/. */
  public static List<String> databaseArgs(String h2Name) {
    if (h2Name == null && System.getProperty("spring.datasource.url") == null) {
      throw new IllegalStateException("no PostgreSQL configured");
    }
    String url = System.getProperty("spring.datasource.url");
    if (url == null) {
      return List.of("--spring.datasource.url=jdbc:h2:file:./target/" + h2Name + ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
    }
    return List.of("--spring.datasource.url=" + url,
        "--spring.datasource.username=" + System.getProperty("spring.datasource.username"),
        "--spring.datasource.password=" + System.getProperty("spring.datasource.password"),
        "--camunda.bpm.database.type=postgres");
  }

  /**
   * How a node's JVM is launched: with the test class path (the suite's way) or, as in production, from the
   * packaged jar, optionally with a class-data-sharing archive. The profile is always {@code test}.
   *
   * @param javaOptions options before the main class or jar
   * @param application the main class or {@code -jar} with the jar, and what the application needs to find its
   *     test profile
   */
  public record Launch(List<String> javaOptions, List<String> application) {

    /** The suite's JVM's class path (classes, test classes and every dependency from the local repository). */
    public static Launch classPath() {
      return new Launch(List.of("-cp", System.getProperty("java.class.path")),
          List.of("vn.gov.vhcv.desk.CaseDeskApplication"));
    }

    /**
     * A jar as production runs it ({@code java -jar}); the test profile's settings come from the test classes'
     * folder, which is not on the jar's class path.
     *
     * @param archive a class-data-sharing archive made for this jar by a training run, or null
     */
    public static Launch jar(Path jar, Path archive) {
      List<String> options = archive == null ? List.of() : List.of("-XX:SharedArchiveFile=" + archive);
      return new Launch(options, List.of("-jar", jar.toString(),
          "--spring.config.additional-location=optional:file:target/test-classes/"));
    }
  }

  public static DeskNode start(List<String> databaseArgs, boolean jobExecutor, Path log) throws Exception {
    return start(Launch.classPath(), databaseArgs, jobExecutor, log);
  }

  public static DeskNode start(Launch launch, List<String> databaseArgs, boolean jobExecutor, Path log) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8"));
    command.addAll(launch.javaOptions());
    // extra JVM options for the node, e.g. a flight recording of the benchmark's spike; {port} becomes the node's
    // port, so that each node of a run writes its own file
    for (String option : System.getProperty("desk.node.jvmArgs", "").trim().split("[|\\s]+")) {
      if (!option.isEmpty()) {
        command.add(option.replace("{port}", String.valueOf(port)));
      }
    }
    command.addAll(launch.application());
    command.addAll(List.of("--spring.profiles.active=test", "--server.port=" + port,
        "--camunda.bpm.job-execution.enabled=" + jobExecutor,
        "--desk.intake.start-process=" + (jobExecutor ? "background" : "after-commit"),
        "--camunda.bpm.job-execution.wait-time-in-millis=100", "--camunda.bpm.job-execution.max-wait=500"));
    command.addAll(databaseArgs);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).directory(new File(".")).start();
    DeskNode node = new DeskNode(port, process);
    long deadline = System.currentTimeMillis() + 120_000;
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("desk node died at start-up; see " + log);
      }
      try {
        if (node.get("/actuator/health/readiness").statusCode() == 200) {
          return node;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(300);
    }
    node.kill();
    throw new IllegalStateException("desk node did not start in 120 s; see " + log);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> getAs(String path, String user) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, String body, String user) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** SIGKILL: no shutdown hook, no graceful stop — as a crashed server. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** Peak resident memory of the node's JVM (VmHWM), in MiB. */
  public long peakRssMib() throws IOException {
    for (String line : java.nio.file.Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  /** CPU time the node's process has used so far, all its threads (the JVM's own included), in seconds. */
  public double cpuSeconds() {
    return process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }
}
