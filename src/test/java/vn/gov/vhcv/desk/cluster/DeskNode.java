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

  public static DeskNode start(List<String> databaseArgs, boolean jobExecutor, Path log) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path")));
    // extra JVM options for the node, e.g. a flight recording of the benchmark's spike
    for (String option : System.getProperty("desk.node.jvmArgs", "").trim().split("[|\\s]+")) {
      if (!option.isEmpty()) {
        command.add(option);
      }
    }
    command.addAll(List.of("vn.gov.vhcv.desk.CaseDeskApplication",
        "--spring.profiles.active=test", "--server.port=" + port,
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

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      kill();
    }
  }
}
