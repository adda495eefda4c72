package vn.gov.vhcv.desk.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gov.vhcv.desk.casefile.ReportType;
import vn.gov.vhcv.desk.cluster.DeskNode;
import vn.gov.vhcv.desk.intake.ReportRequest;
import vn.gov.vhcv.desk.intake.ReportService;

/**
 * The benchmark (not a test: run with {@code ./mvnw -Pbenchmark verify}; sizes with -Dbench.*).
 * Prints a table and writes target/benchmark/results.{csv,json,md}:
 * start-up and peak memory of a separate desk process under an intake spike over HTTP; the case
 * lifecycle through the Java API beside a bare engine with the same wait states; queries at scale.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "camunda.bpm.job-execution.enabled=false", "logging.level.root=WARN",
    "logging.level.vn.gov.vhcv.desk.benchmark=INFO"})
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeskBenchmark {

  static final Results RESULTS = new Results();
  static final int LIFECYCLE_CASES = Integer.getInteger("bench.cases", 300);
  static final int SPIKE_REPORTS = Integer.getInteger("bench.spike", 10_000);
  static final int SPIKE_CLIENTS = Integer.getInteger("bench.clients", 16);
  /** Reports sent (and their background work done) before the spike, so that it meets a desk in service. */
  static final int SPIKE_WARMUP = Integer.getInteger("bench.warmup", 1_000);
  static final int OPEN_CASES = Integer.getInteger("bench.open", 100_000);
  static final int CLOSED_CASES = Integer.getInteger("bench.closed", 1_000_000);
  static final int OPEN_TASKS = Integer.getInteger("bench.tasks", 2_000);
  /** How long the spike part waits for the asynchronous work its requests left. */
  static final int DRAIN_MINUTES = Integer.getInteger("bench.drainMinutes", 15);
  /** Which parts to run: spike, lifecycle, scale (default all). */
  static final String PARTS = System.getProperty("bench.parts", "spike,lifecycle,scale");
  /** The official of the lifecycle cases (a department clerk, as in the discipline tests). */
  static final String LIFECYCLE_BADGE = "VH000106";
  static final String DB = System.getProperty("spring.datasource.url", "H2").startsWith("jdbc:postgresql") ? "PostgreSQL" : "H2";

  @Autowired ProcessEngine engine;
  @Autowired ReportService reports;
  @Autowired JdbcClient jdbc;
  @Autowired vn.gov.vhcv.desk.DeskClock deskClock;
  @Autowired vn.gov.vhcv.desk.clock.CaseClocks clocks;
  @Autowired vn.gov.vhcv.desk.calendar.WorkingCalendar calendar;
  @LocalServerPort int port;

  static void progress(String what, int done, int total) {
    if (done % Math.max(1, total / 10) == 0 || done == total) {
      System.out.printf("[benchmark] %s: %d/%d%n", what, done, total);
    }
  }

  static String report(int i) {
    return """
        {"type":"COMPLAINT","description":"Phản ánh %d: cán bộ một cửa gây phiền hà, yêu cầu giấy tờ ngoài quy định.",
         "official":{"badgeCode":"VH000128"},"anonymous":false,
         "complainant":{"fullName":"Người dân %d","phone":"0912345678"}}""".formatted(i, i);
  }

  // --- 1 + 2: start-up, intake spike over HTTP, peak memory -----------------------------------------

  @Test
  @Order(1)
  void intakeSpikeAgainstASeparateDeskProcess() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(PARTS.contains("spike"));
    Path dir = Path.of("target", "benchmark");
    Files.createDirectories(dir);
    String h2 = "benchmark/spike";
    try (var old = Files.list(dir)) {
      for (Path f : old.filter(f -> f.getFileName().toString().startsWith("spike.")
          || f.getFileName().toString().startsWith("start-")).toList()) {
        Files.delete(f);
      }
    }
    List<String> database = withIntakeWarmUp(DeskNode.databaseArgs(h2));
    // a real SMTP server where the desk's test profile sends its mail: notices leave as they would in service
    var smtp = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(3025, "127.0.0.1", "smtp"));
    smtp.start();
    // the desk is started as docs/OPERATIONS.md tells an operator to: the extracted jar with its class-data archive
    ProductionLayout layout = ProductionLayout.prepare(Path.of("target", "case-desk.jar"), dir.resolve("app"),
        dir.resolve("app-training.log"));
    RESULTS.add("start-up", "class-data archive: extract the jar + training run (once per build)",
        layout.extractSeconds() + layout.trainingSeconds(), "s", String.format(java.util.Locale.ROOT,
            "extract %.1f s, training run %.1f s (H2 in memory)", layout.extractSeconds(), layout.trainingSeconds()));
    DeskNode.Launch production = DeskNode.Launch.jar(layout.jar(), layout.archive());
    long started = System.nanoTime();
    AutoCloseable stopSmtp = smtp::stop;
    try (stopSmtp; DeskNode node = DeskNode.start(production, database, true, dir.resolve("spike-node.log"))) {
      RESULTS.add("start-up", "JVM start to ready (" + DB + ")", (System.nanoTime() - started) / 1e9, "s",
          "extracted jar + class-data archive, profile test, fresh database, includes seeding");
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
          .executor(Executors.newFixedThreadPool(SPIKE_CLIENTS)).build();
      Set<String> codes = Collections.synchronizedSet(new HashSet<>());
      if (SPIKE_WARMUP > 0) {
        // a desk in service has served reports before the spike: the same clients send these first, then the
        // desk does their background work (registrations, mail), and only then does the spike begin
        Burst warm = burst(node, http, 0, SPIKE_WARMUP, codes, "warm-up");
        RESULTS.add("spike", "warm-up: " + SPIKE_WARMUP + " reports to the desk just started", warm.seconds(), "s",
            String.format(java.util.Locale.ROOT, "p50 / p99 %.1f / %.1f ms, %d errors; not in the rows below",
                Results.percentile(warm.latencies(), 50), Results.percentile(warm.latencies(), 99), warm.errors()));
        double[] drained = drain(database, 3, "warm-up");
        RESULTS.add("spike", "warm-up: its asynchronous work done after its last request", drained[1] >= 0
            ? String.format(java.util.Locale.ROOT, "%.1f", drained[1]) : "not within 3 min", "s", "");
      }
      // H2 counts every statement of the desk process from here on (the database is one server for both processes)
      JdbcClient counted = JdbcClient.create(new org.springframework.jdbc.datasource.SingleConnectionDataSource(
          connect(database), true));
      boolean counting = StatementStatistics.start(counted, DB);
      double cpuBefore = node.cpuSeconds();
      Burst spike = burst(node, http, SPIKE_WARMUP, SPIKE_REPORTS, codes, "intake spike");
      RESULTS.add("spike", SPIKE_REPORTS + " reports, " + SPIKE_CLIENTS + " clients", spike.seconds(), "s", DB
          + (SPIKE_WARMUP > 0 ? ", after " + SPIKE_WARMUP + " warm-up reports" : ", to the desk just started"));
      RESULTS.add("spike", "throughput", SPIKE_REPORTS / spike.seconds(), "req/s", "");
      RESULTS.add("spike", "latency p50", Results.percentile(spike.latencies(), 50), "ms", "");
      RESULTS.add("spike", "latency p95", Results.percentile(spike.latencies(), 95), "ms", "");
      RESULTS.add("spike", "latency p99", Results.percentile(spike.latencies(), 99), "ms", "");
      RESULTS.add("spike", "errors", spike.errors(), "", spike.failures().toString());
      RESULTS.add("spike", "peak RSS of the desk process", node.peakRssMib(), "MiB", "VmHWM");
      // the work the requests left to the job executor (registration, intake task, notices): how long until done
      double[] drained = drain(database, DRAIN_MINUTES, "spike");
      RESULTS.add("spike", "every report registered (intake task open) after the last request", drained[0] >= 0
          ? String.format(java.util.Locale.ROOT, "%.1f", drained[0]) : "not within " + DRAIN_MINUTES + " min", "s",
          "case work goes first: notices have a lower job priority");
      RESULTS.add("spike", "asynchronous work done after the last request", drained[1] >= 0
          ? String.format(java.util.Locale.ROOT, "%.1f", drained[1]) : "not within " + DRAIN_MINUTES + " min", "s",
          "registration, intake tasks and every notice mailed by the job executor");
      // unlike the rates, what the desk's process spent on the spike's reports does not depend on the machine's load
      RESULTS.add("spike", "CPU time of the desk process per report, until its work was done",
          (node.cpuSeconds() - cpuBefore) * 1000 / SPIKE_REPORTS, "ms", (drained[1] >= 0 ? "" : "work not all done; ")
              + "every thread of the process: requests, job executor, JIT, GC");
      if (counting) {
        List<StatementStatistics.Statement> statements = StatementStatistics.read(counted);
        statements.removeIf(st -> st.sql().contains("TYPE_ = 'message'"));
        reportStatements(statements, SPIKE_REPORTS, "spike statements", "per spike report"
            + (drained[1] >= 0 ? "" : " (its work not all done: a lower bound)"));
      }
      long stored;
      try (Connection c = connect(database); var s = c.createStatement();
          var r = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT tracking_code), COUNT(process_instance_id) FROM report_case "
              + "WHERE description LIKE 'Phản ánh %: cán bộ một cửa gây phiền hà%'")) {
        r.next();
        stored = r.getLong(1);
        RESULTS.add("spike", "cases stored / distinct / with process", r.getLong(1) + "/" + r.getLong(2) + "/" + r.getLong(3),
            "", codes.size() + " acknowledged (201)" + (SPIKE_WARMUP > 0 ? ", warm-up included" : ""));
      }
      RESULTS.add("spike", "every 201 is exactly one case", stored == codes.size() ? "yes" : "NO", "", "");
      RESULTS.add("spike", "mails accepted by the SMTP server by the end", smtp.getReceivedMessages().length, "", "");
    }
    compareStartUps(layout, dir);
  }

  /**
   * The three ways of starting the desk one after the other under the same conditions (job executor off; on H2 a
   * fresh database file each, on PostgreSQL the spike's database, already migrated and seeded): the test class
   * path (how the benchmark started the desk until version 0.6.0), the extracted jar without and with the class-data
   * archive.
   */
  private void compareStartUps(ProductionLayout layout, Path dir) throws Exception {
    Map<String, DeskNode.Launch> launches = new java.util.LinkedHashMap<>();
    launches.put("test class path", DeskNode.Launch.classPath());
    launches.put("extracted jar, no archive", DeskNode.Launch.jar(layout.jar(), null));
    launches.put("extracted jar + class-data archive", DeskNode.Launch.jar(layout.jar(), layout.archive()));
    int n = 0;
    for (var launch : launches.entrySet()) {
      n++;
      long t0 = System.nanoTime();
      try (DeskNode node = DeskNode.start(launch.getValue(), withIntakeWarmUp(DeskNode.databaseArgs("benchmark/start-" + n)), false,
          dir.resolve("start-" + n + ".log"))) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        RESULTS.add("start-up", "same conditions: " + launch.getKey(), seconds, "s",
            ("H2".equals(DB) ? "fresh H2 file, job executor off" : "spike's database (migrated), job executor off")
                + "; peak RSS when ready " + node.peakRssMib() + " MiB");
      }
    }
  }

  /** What a burst of reports got back: its time, latencies (sorted), errors by kind. */
  record Burst(double seconds, long[] latencies, int errors, Map<String, Integer> failures) {}

  /** Reports {@code from}..{@code from + count - 1} sent by the spike's clients as fast as the desk answers. */
  private static Burst burst(DeskNode node, HttpClient http, int from, int count, Set<String> codes, String label)
      throws InterruptedException {
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger errors = new AtomicInteger();
    Map<String, Integer> failures = new java.util.concurrent.ConcurrentSkipListMap<>();
    AtomicInteger next = new AtomicInteger(from);
    ExecutorService clients = Executors.newFixedThreadPool(SPIKE_CLIENTS);
    long t0 = System.nanoTime();
    for (int c = 0; c < SPIKE_CLIENTS; c++) {
      clients.submit(() -> {
        int i;
        while ((i = next.getAndIncrement()) < from + count) {
          long s = System.nanoTime();
          try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + node.port
                    + "/api/public/reports")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(report(i))).build(), HttpResponse.BodyHandlers.ofString());
            latencies.add(System.nanoTime() - s);
            if (r.statusCode() == 201) {
              codes.add(r.body().replaceAll(".*\"trackingCode\":\"([^\"]+)\".*", "$1"));
            } else {
              errors.incrementAndGet();
              failures.merge("HTTP " + r.statusCode(), 1, Integer::sum);
            }
          } catch (Exception e) {
            errors.incrementAndGet();
            failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
          }
          progress(label, i + 1 - from, count);
        }
      });
    }
    clients.shutdown();
    clients.awaitTermination(30, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Burst(seconds, Results.sorted(new ArrayList<>(latencies)), errors.get(), failures);
  }

  /**
   * Waits (at most {@code minutes}) for the asynchronous work the reports left: seconds until every report is
   * registered and until no work is left, each -1 if not within the time.
   */
  private static double[] drain(List<String> database, int minutes, String label) throws Exception {
    long drainStart = System.nanoTime();
    double registered = -1;
    double done = -1;
    try (Connection c = connect(database); var s = c.prepareStatement(
        "SELECT COUNT(*) + (SELECT COUNT(*) FROM case_process_queue), COALESCE(SUM(CASE WHEN PROCESS_DEF_KEY_ = 'reportCase'"
            + " THEN 1 ELSE 0 END), 0) + (SELECT COUNT(*) FROM case_process_queue) FROM ACT_RU_JOB"
            + " WHERE RETRIES_ > 0 AND TYPE_ = 'message'")) {
      long until = System.currentTimeMillis() + minutes * 60_000L;
      while (System.currentTimeMillis() < until) {
        long waiting;
        long registering;
        try (var r = s.executeQuery()) {
          r.next();
          waiting = r.getLong(1);
          registering = r.getLong(2);
        }
        if (registering == 0 && registered < 0) {
          registered = (System.nanoTime() - drainStart) / 1e9;
        }
        if (waiting == 0) {
          done = (System.nanoTime() - drainStart) / 1e9;
          break;
        }
        System.out.printf("[benchmark] %s: %d asynchronous steps still waiting (%d registrations)%n", label, waiting,
            registering);
        Thread.sleep(2000);
      }
    }
    return new double[] {registered, done};
  }

  private static Connection connect(List<String> database) throws Exception {
    String url = database.get(0).substring("--spring.datasource.url=".length());
    return url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url, "sa", "")
        : DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
            System.getProperty("spring.datasource.password"));
  }

  /** Reports the desk runs through its intake, rolled back, before it is ready (production's default; 0 = none). */
  static final int INTAKE_WARM_UP = Integer.getInteger("bench.intakeWarmUp", 300);

  /** The desk's own warm-up before readiness, as production runs it (the test profile turns it off). */
  private static List<String> withIntakeWarmUp(List<String> args) {
    List<String> all = new ArrayList<>(args);
    all.add("--desk.intake.warm-up-reports=" + INTAKE_WARM_UP);
    return all;
  }

  // --- 3: lifecycle against the bare engine -----------------------------------------------------------

  /** Who completes a task on the main path, with what. */
  record Move(String user, Map<String, Object> variables) {}

  /**
   * The main path of a founded denunciation that ends in a reprimand: classification → investigation
   * (assignment, plan, explanation, evidence, conclusion, four-eyes approval) → discipline (postponement
   * check, review meeting, council summons ≥ 7 working days ahead, council, decision by a leader) →
   * register and notices → the day the official received the decision → appeal period over → result → close. Unknown tasks stop the benchmark.
   */
  private Move script(String taskKey) {
    java.util.Date now = new java.util.Date();
    return switch (taskKey) {
      case "classifyCase" -> new Move("tiepnhan", Map.of("category", "TO_CAO", "conductCode", "B02", "intakeDecision", "ACCEPT"));
      case "assignInvestigator" -> new Move("lanhdao", Map.of("investigatorId", "xacminh"));
      case "planInvestigation" -> new Move("xacminh", Map.of("investigationPlan", "Làm việc với cán bộ, thu thập hồ sơ và camera."));
      case "recordExplanation" -> new Move("xacminh", Map.of("explanationReceived", "RECEIVED",
          "explanationSummary", "Cán bộ giải trình do không nắm rõ quy định."));
      case "gatherEvidence" -> new Move("xacminh", Map.of("evidenceSummary", "Hồ sơ lưu tại bộ phận một cửa và lời khai người làm chứng.",
          "evidenceNextStep", "CONCLUDE"));
      case "draftConclusion" -> new Move("xacminh", Map.of("conclusion", "FOUNDED",
          "findings", "Đã xác minh tại bộ phận một cửa, có căn cứ.", "recommendation", "DISCIPLINE"));
      case "approveConclusion" -> new Move("lanhdao", Map.of("approvalDecision", "APPROVE"));
      case "checkPostponement" -> new Move("hoidong", Map.of("postponementReason", "NONE"));
      case "reviewMeeting" -> new Move("hoidong", Map.of("reviewMeetingDate", now,
          "reviewMinutes", "Cán bộ tự nhận khuyết điểm, tập thể đề nghị kỷ luật khiển trách."));
      case "summonCouncil" -> new Move("hoidong", Map.of("councilMeetingDate",
          deskClock.endOf(calendar.addWorkingDays(deskClock.today(), 8)), "councilMeetingTime", "08:30",
          "councilMeetingPlace", "Phòng họp số 2, Sở Nội vụ"));
      case "holdCouncil" -> new Move("hoidong", Map.of("officialAttended", "YES", "councilRecommendation", "KHIEN_TRACH",
          "councilMinutes", "Hội đồng bỏ phiếu kín, 5/5 thành viên đồng ý kiến nghị."));
      case "decideDiscipline" -> new Move("lanhdao", Map.of("sanction", "KHIEN_TRACH", "decisionNumber", "125/QĐ-UBND",
          "decisionDate", now));
      case "recordDecisionReceipt" -> new Move("hoidong", Map.of("decisionReceivedOn", now));
      default -> throw new IllegalStateException("benchmark has no script for task " + taskKey);
    };
  }

  /** Timers of the main path that the benchmark fires at once (the 15-day appeal period). */
  static final Set<String> FIRED_TIMERS = Set.of("appealPeriodOver");

  private final Map<String, List<String>> groupsOf = new java.util.concurrent.ConcurrentHashMap<>();

  /** Completes the case's tasks and runs its jobs (in the main and in called processes) until it ends. */
  private int[] driveToEnd(String businessKey) {
    return driveToEnd(engine, businessKey);
  }

  /**
   * The same, in the given engine: the desk's, or the bare engine running the desk's models without code. The
   * users and their groups are the desk's either way.
   */
  private int[] driveToEnd(ProcessEngine engine, String businessKey) {
    int userTasks = 0;
    int jobs = 0;
    int timers = 0;
    var deskIdentity = this.engine.getIdentityService();
    var identity = engine.getIdentityService();
    var management = engine.getManagementService();
    for (int guard = 0; guard < 200; guard++) {
      java.util.Set<String> pis = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
          .list().stream().map(p -> p.getId()).collect(java.util.stream.Collectors.toSet());
      if (pis.isEmpty()) {
        break;
      }
      List<Job> due = management.createJobQuery().processInstanceIds(pis).executable().list();
      if (!due.isEmpty()) {
        due.forEach(j -> management.executeJob(j.getId()));
        jobs += due.size();
        continue;
      }
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey).list();
      if (open.isEmpty()) {
        List<Job> fired = new ArrayList<>();
        for (String pi : pis) {  // (activityId with processInstanceIds makes invalid SQL in 7.24)
          for (String timer : FIRED_TIMERS) {
            fired.addAll(management.createJobQuery().processInstanceId(pi).activityId(timer).timers().list());
          }
        }
        if (fired.isEmpty()) {
          break;
        }
        fired.forEach(j -> management.executeJob(j.getId()));
        timers += fired.size();
        continue;
      }
      for (Task t : open) {
        Move step = script(t.getTaskDefinitionKey());
        List<String> groups = groupsOf.computeIfAbsent(step.user(),
            u -> deskIdentity.createGroupQuery().groupMember(u).list().stream().map(g -> g.getId()).toList());
        identity.setAuthentication(step.user(), groups);
        try {
          engine.getTaskService().complete(t.getId(), step.variables());
        } finally {
          identity.clearAuthentication();
        }
        userTasks++;
      }
    }
    return new int[] {userTasks, jobs, timers};
  }

  /** Cases per batch: the desk and the bare engine take turns, so both meet the machine in the same state. */
  static final int LIFECYCLE_BATCH = 50;

  @Test
  @Order(2)
  void lifecycleBesideTheBareEngine() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(PARTS.contains("lifecycle"));
    // warm-up, and learn how many wait states the main path has
    int[] shape = null;
    for (int i = 0; i < 20; i++) {
      var receipt = reports.submitPublic(request(i), null);
      shape = driveToEnd(receipt.trackingCode());
    }
    long resolved = jdbc.sql("SELECT COUNT(*) FROM report_case WHERE status = 'RESOLVED'").query(Long.class).single();
    BpmnModelInstance model = bareModel(shape[0], shape[1], shape[2]);
    long deskNanos = 0;
    long bareAuthorizedNanos = 0;
    long bareAnonymousNanos = 0;
    long modelsNanos = 0;
    long deskCpuNanos = 0;
    long bareCpuNanos = 0;
    long modelsCpuNanos = 0;
    Map<String, Long> before;
    Map<String, Long> afterDesk;
    Map<String, Long> bareRows = new java.util.LinkedHashMap<>();
    Map<String, Long> modelsRows = new java.util.LinkedHashMap<>();
    int[] modelsShape = null;
    try (BareEngine bare = BareEngine.like(engine, DeskModelsWithoutCode.beans())) {
      bare.engine.getRepositoryService().createDeployment().name("benchmark-bare-engine")
          .addModelInstance("bare-engine.bpmn", model).deploy();
      DeskModelsWithoutCode.deploy(bare.engine);
      JdbcClient bareJdbc = JdbcClient.create(bare.dataSource);
      for (int i = 0; i < 20; i++) {
        bareCase(bare.engine, "bare-warm-" + i, true);
        bareCase(bare.engine, "bare-warm-anonymous-" + i, false);
        modelsShape = modelsCase(bare.engine, "models-warm-" + i);
      }
      if (!java.util.Arrays.equals(modelsShape, shape)) {
        throw new IllegalStateException("the desk's models without code took another path: "
            + java.util.Arrays.toString(modelsShape) + " instead of " + java.util.Arrays.toString(shape));
      }
      before = rows(jdbc);
      Map<String, long[]> statsBefore = tableStatistics();
      boolean counting = StatementStatistics.start(jdbc, DB);
      var threads = java.lang.management.ManagementFactory.getThreadMXBean();
      // batches in turn: desk, bare as a user, bare without authentication; the bare engine's rows are those
      // of its cases as a user, the desk's comparison
      for (int done = 0; done < LIFECYCLE_CASES; ) {
        int from = done;
        int to = done + Math.min(LIFECYCLE_BATCH, LIFECYCLE_CASES - done);
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        for (int i = from; i < to; i++) {
          var receipt = reports.submitPublic(request(i), null);
          driveToEnd(receipt.trackingCode());
        }
        deskCpuNanos += threads.getCurrentThreadCpuTime() - c0;
        deskNanos += System.nanoTime() - t0;
        long c1 = threads.getCurrentThreadCpuTime();
        bareAuthorizedNanos += turn(bareJdbc, bareRows, () -> {
          for (int i = from; i < to; i++) {
            bareCase(bare.engine, "bare-" + i, true);
          }
        });
        bareAnonymousNanos += turn(bareJdbc, new java.util.HashMap<>(), () -> {
          for (int i = from; i < to; i++) {
            bareCase(bare.engine, "bare-anonymous-" + i, false);
          }
        });
        long c2 = threads.getCurrentThreadCpuTime();
        bareCpuNanos += c2 - c1;
        modelsNanos += turn(bareJdbc, modelsRows, () -> {
          for (int i = from; i < to; i++) {
            modelsCase(bare.engine, "models-" + i);
          }
        });
        modelsCpuNanos += threads.getCurrentThreadCpuTime() - c2;
        done = to;
        progress("lifecycle (desk and bare engine in turns of " + LIFECYCLE_BATCH + ")", done, LIFECYCLE_CASES);
      }
      afterDesk = rows(jdbc);
      if (counting) {
        reportStatements(StatementStatistics.read(jdbc), LIFECYCLE_CASES, "statements", "per desk case");
      }
      reportTableStatistics(statsBefore, tableStatistics());
    }
    double desk = LIFECYCLE_CASES / (deskNanos / 1e9);
    double bareAuthorized = LIFECYCLE_CASES / (bareAuthorizedNanos / 1e9);
    double bareAnonymous = LIFECYCLE_CASES / (bareAnonymousNanos / 1e9);
    double models = LIFECYCLE_CASES / (modelsNanos / 1e9);
    long resolvedNow = jdbc.sql("SELECT COUNT(*) FROM report_case WHERE status = 'RESOLVED'").query(Long.class).single();
    long sanctions = jdbc.sql("SELECT COUNT(*) FROM discipline_register").query(Long.class).single();
    String shapeNote = shape[0] + " user tasks + " + shape[1] + " async jobs + " + shape[2] + " timer per case, " + DB
        + ", one thread, history level " + engine.getProcessEngineConfiguration().getHistory() + ", in turns of "
        + LIFECYCLE_BATCH + " cases with the bare engine";
    RESULTS.add("lifecycle", "desk cases/s (" + LIFECYCLE_CASES + " cases)", desk, "cases/s", shapeNote);
    RESULTS.add("lifecycle", "desk transactions/s", desk * (shape[0] + shape[1] + shape[2] + 1), "tx/s",
        "intake + each wait state");
    RESULTS.add("lifecycle", "cases resolved / sanctions registered", (resolvedNow - resolved) + "/" + sanctions, "",
        "every driven case reached the end of the main path");
    RESULTS.add("lifecycle", "bare engine cases/s, as a user", bareAuthorized, "cases/s",
        "same wait states, no application logic, authorization checks on as in the desk");
    RESULTS.add("lifecycle", "bare engine cases/s, no authentication", bareAnonymous, "cases/s", "authorization checks skipped");
    RESULTS.add("lifecycle", "ratio desk / bare (as a user)", desk / bareAuthorized, "", "target ≥ 0.8");
    RESULTS.add("lifecycle", "ratio desk / bare (no authentication)", desk / bareAnonymous, "", "");
    RESULTS.add("lifecycle", "desk's models without code, cases/s", models, "cases/s",
        "the desk's BPMN, DMN and forms in the bare engine, every delegate and listener a stand-in, as a user");
    RESULTS.add("lifecycle", "ratio desk's models without code / bare", models / bareAuthorized, "",
        "what the models alone cost against the flat process");
    RESULTS.add("lifecycle", "ratio desk / desk's models without code", desk / models, "",
        "what the desk's code costs against its own models");
    // the benchmark thread's CPU time: less dependent on the machine's other load than the rates
    RESULTS.add("lifecycle", "CPU ms per case, desk / models without code / bare (both turns)", String.format(java.util.Locale.ROOT,
        "%.1f / %.1f / %.1f", deskCpuNanos / 1e6 / LIFECYCLE_CASES, modelsCpuNanos / 1e6 / LIFECYCLE_CASES,
        bareCpuNanos / 1e6 / LIFECYCLE_CASES), "ms", "the driving thread's CPU time (ThreadMXBean); the desk's jobs run on it too");
    // rows written per case: independent of the machine's load, so a fair before/after for each change
    long deskTotal = 0;
    long bareTotal = 0;
    long modelsTotal = 0;
    for (String table : before.keySet()) {
      double d = (afterDesk.get(table) - before.get(table)) / (double) LIFECYCLE_CASES;
      long bareCount = bareRows.getOrDefault(table, 0L);
      long modelsCount = modelsRows.getOrDefault(table, 0L);
      deskTotal += afterDesk.get(table) - before.get(table);
      bareTotal += bareCount;
      modelsTotal += modelsCount;
      RESULTS.add("rows", table + " per case, desk / models without code / bare", String.format(java.util.Locale.ROOT,
          "%.1f / %.1f / %.1f", d, modelsCount / (double) LIFECYCLE_CASES, bareCount / (double) LIFECYCLE_CASES), "rows", "");
    }
    RESULTS.add("rows", "all counted rows per case, desk / models without code / bare", String.format(java.util.Locale.ROOT,
        "%.1f / %.1f / %.1f", deskTotal / (double) LIFECYCLE_CASES, modelsTotal / (double) LIFECYCLE_CASES,
        bareTotal / (double) LIFECYCLE_CASES), "rows", "history + desk tables");
  }

  /**
   * PostgreSQL's own counters of the desk's schema (the bare engine works in another): per table, scans (sequential
   * + index) and rows inserted, updated, deleted; empty on H2. The server takes up to 10 s to collect an idle
   * connection's counters, hence the wait.
   */
  private Map<String, long[]> tableStatistics() throws InterruptedException {
    if (!"PostgreSQL".equals(DB)) {
      return Map.of();
    }
    Thread.sleep(11_000);
    Map<String, long[]> stats = new java.util.TreeMap<>();
    jdbc.sql("""
            SELECT relname, COALESCE(seq_scan, 0), COALESCE(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del
            FROM pg_stat_user_tables WHERE schemaname = current_schema()""")
        .query((rs, i) -> stats.put(rs.getString(1).toUpperCase(java.util.Locale.ROOT),
            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}))
        .list();
    return stats;
  }

  /** Per case: how many statements H2 executed, by kind, and the busiest ones. */
  private void reportStatements(List<StatementStatistics.Statement> statements, double n, String section, String per) {
    Map<String, Long> byKind = new java.util.TreeMap<>();
    long total = 0;
    for (var s : statements) {
      byKind.merge(StatementStatistics.kind(s.sql()), s.executions(), Long::sum);
      total += s.executions();
    }
    StringBuilder kinds = new StringBuilder();
    byKind.forEach((k, c) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(k).append(' ')
        .append(String.format(java.util.Locale.ROOT, "%.1f", c / n)));
    RESULTS.add(section, "statements " + per + " (H2)", String.format(java.util.Locale.ROOT, "%.1f", total / n), "",
        kinds.toString());
    for (var s : statements.subList(0, Math.min(25, statements.size()))) {
      String sql = s.sql().replaceAll("\\s+", " ");
      RESULTS.add(section, sql.length() > 160 ? sql.substring(0, 160) + "…" : sql, String.format(java.util.Locale.ROOT,
          "%.2f / %.2f", s.executions() / n, s.totalMillis() / n), "count / ms " + per, "");
    }
  }

  /** Per desk case: each table's scans and written rows, busiest first (PostgreSQL only). */
  private void reportTableStatistics(Map<String, long[]> before, Map<String, long[]> after) {
    List<Map.Entry<String, long[]>> perTable = new ArrayList<>();
    long scans = 0;
    long writes = 0;
    for (var e : after.entrySet()) {
      long[] b = before.getOrDefault(e.getKey(), new long[5]);
      long[] d = new long[5];
      for (int k = 0; k < 5; k++) {
        d[k] = e.getValue()[k] - b[k];
      }
      scans += d[0] + d[1];
      writes += d[2] + d[3] + d[4];
      if (java.util.Arrays.stream(d).sum() > 0) {
        perTable.add(Map.entry(e.getKey(), d));
      }
    }
    if (perTable.isEmpty()) {
      return;
    }
    double n = LIFECYCLE_CASES;
    RESULTS.add("statements", "table scans / rows written per desk case, all tables", String.format(java.util.Locale.ROOT,
        "%.1f / %.1f", scans / n, writes / n), "", "pg_stat_user_tables of the desk's schema over the timed desk cases");
    perTable.sort(java.util.Comparator.comparingLong((Map.Entry<String, long[]> e) -> java.util.Arrays.stream(e.getValue()).sum())
        .reversed());
    for (var e : perTable.subList(0, Math.min(20, perTable.size()))) {
      long[] d = e.getValue();
      RESULTS.add("statements", e.getKey() + " scans seq+idx / ins / upd / del per case", String.format(java.util.Locale.ROOT,
          "%.1f+%.1f / %.1f / %.1f / %.1f", d[0] / n, d[1] / n, d[2] / n, d[3] / n, d[4] / n), "", "");
    }
  }

  static final List<String> COUNTED_TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST",
      "ACT_HI_VARINST", "ACT_HI_DETAIL", "ACT_HI_JOB_LOG", "ACT_HI_IDENTITYLINK", "ACT_HI_OP_LOG", "ACT_HI_DECINST", "ACT_HI_DEC_IN", "ACT_HI_DEC_OUT", "ACT_GE_BYTEARRAY",
      "ACT_RU_JOB", "ACT_RU_EXECUTION", "ACT_RU_VARIABLE", "notification_outbox", "case_event", "audit_log", "case_clock");

  /** Row counts of the engine's history and the desk's tables (runtime ones: what stays behind). */
  private static Map<String, Long> rows(JdbcClient db) {
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    for (String t : COUNTED_TABLES) {
      try {
        counts.put(t, db.sql("SELECT COUNT(*) FROM " + t).query(Long.class).single());
      } catch (org.springframework.dao.DataAccessException noSuchTable) {
        // the bare engine has no desk tables
      }
    }
    return counts;
  }

  /** One engine's turn of cases: its time, and the rows it wrote added to {@code rowsInto}. */
  private static long turn(JdbcClient db, Map<String, Long> rowsInto, Runnable cases) {
    Map<String, Long> before = rows(db);
    long t0 = System.nanoTime();
    cases.run();
    long nanos = System.nanoTime() - t0;
    rows(db).forEach((table, n) -> rowsInto.merge(table, n - before.get(table), Long::sum));
    return nanos;
  }

  /**
   * One case of the desk's models without code, from its start (as the desk starts it, with the case's id) to its
   * end, by the same script and users as the desk's cases.
   */
  private int[] modelsCase(ProcessEngine engine, String businessKey) {
    engine.getRuntimeService().startProcessInstanceByKey("reportCase", businessKey, Map.of());
    return driveToEnd(engine, businessKey);
  }

  /** One bare case from start to end, driven as the leader (authorization checks on) or without authentication. */
  private void bareCase(ProcessEngine engine, String businessKey, boolean asUser) {
    driveBare(engine, engine.getRuntimeService().startProcessInstanceByKey("bareEngine", businessKey).getId(),
        asUser ? "lanhdao" : null, List.of("lanh-dao"));
  }

  private void driveBare(ProcessEngine engine, String pid, String user, List<String> groups) {
    var management = engine.getManagementService();
    for (int guard = 0; guard < 200; guard++) {
      List<Job> due = management.createJobQuery().processInstanceId(pid).executable().list();
      if (!due.isEmpty()) {
        due.forEach(j -> management.executeJob(j.getId()));
        continue;
      }
      List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(pid).list();
      if (open.isEmpty()) {
        List<Job> timers = management.createJobQuery().processInstanceId(pid).timers().list();
        if (timers.isEmpty()) {
          return;
        }
        timers.forEach(j -> management.executeJob(j.getId()));
        continue;
      }
      for (Task t : open) {
        if (user != null) {
          engine.getIdentityService().setAuthentication(user, groups);
        }
        try {
          engine.getTaskService().complete(t.getId(), Map.of("decision", "OK"));
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      }
    }
  }

  /** A process with the given wait states and nothing else: user tasks for a staff group, async steps, timers. */
  static BpmnModelInstance bareModel(int userTasks, int asyncSteps, int timers) {
    AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess("bareEngine").camundaHistoryTimeToLive(1)
        .name("Đối chứng: động cơ trần").startEvent();
    for (int i = 0; i < userTasks; i++) {
      b = b.userTask("wait" + i).camundaCandidateGroups("lanh-dao");
    }
    for (int i = 0; i < asyncSteps; i++) {
      b = b.serviceTask("async" + i).camundaAsyncBefore().camundaExpression("${true}");
    }
    for (int i = 0; i < timers; i++) {
      b = b.intermediateCatchEvent("timer" + i).timerWithDuration("P15D");
    }
    return b.endEvent().done();
  }

  static ReportRequest request(int i) {
    return new ReportRequest(ReportType.COMPLAINT, "Phản ánh vòng đời " + i + ": yêu cầu giấy tờ ngoài quy định.",
        LocalDate.of(2026, 11, 20), new ReportRequest.OfficialRef(LIFECYCLE_BADGE, null, null), null, false,
        new ReportRequest.ComplainantData("Người dân " + i, "0912345678", "nguoidan" + i + "@example.com", null));
  }

  // --- 4: queries at scale -------------------------------------------------------------------------

  @Test
  @Order(3)
  void queriesAtScale() throws Exception {
    if (!PARTS.contains("scale")) {
      RESULTS.write(Path.of("target", "benchmark"));
      return;
    }
    long t0 = System.nanoTime();
    bulkCases(OPEN_CASES, false);
    bulkCases(CLOSED_CASES, true);
    bulkNotices(OPEN_CASES);
    RESULTS.add("scale", "bulk load " + OPEN_CASES + " open + " + CLOSED_CASES + " closed cases + " + OPEN_CASES + " sent notices", (System.nanoTime() - t0) / 1e9,
        "s", "JDBC batches (setup, not a target)");
    for (int i = 0; i < OPEN_TASKS; i++) {
      reports.submitPublic(request(1_000_000 + i), null);
      progress("open cases", i + 1, OPEN_TASKS);
    }
    // their asynchronous registration opens the intake tasks (the job executor is off in this context)
    var management = engine.getManagementService();
    int registered = 0;
    for (List<Job> batch; !(batch = management.createJobQuery().activityId("registerCase").listPage(0, 500)).isEmpty(); ) {
      for (Job job : batch) {
        management.executeJob(job.getId());
        progress("open intake tasks", ++registered, OPEN_TASKS);
      }
    }
    // the SLA monitor's recompute over every open clock: the first run after loading (many states change),
    // then the daily run of the next day
    LocalDate today = deskClock.today();
    long r0 = System.nanoTime();
    int changed = clocks.recomputeStates(today);
    RESULTS.add("scale", "SLA recompute, first run", (System.nanoTime() - r0) / 1e6, "ms",
        changed + " of " + (OPEN_CASES + OPEN_TASKS) + " open clocks changed; target < 10 s");
    long r1 = System.nanoTime();
    changed = clocks.recomputeStates(today.plusDays(1));
    RESULTS.add("scale", "SLA recompute, next day", (System.nanoTime() - r1) / 1e6, "ms", changed + " changed");
    clocks.recomputeStates(today);
    List<String> allCodes = jdbc.sql("SELECT tracking_code FROM report_case WHERE status = 'RECEIVED' ORDER BY id DESC")
        .query(String.class).list();
    List<String> codes = allCodes.subList(0, Math.min(200, allCodes.size()));
    HttpClient http = HttpClient.newHttpClient();
    String auth = "Basic " + Base64.getEncoder().encodeToString("tiepnhan:demo".getBytes(StandardCharsets.UTF_8));
    time("case view GET /api/cases/{code}", 300, i -> {
      var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + codes.get(i % codes.size())))
          .header("Authorization", auth).build(), HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("case view " + r.statusCode());
      }
    });
    String monitor = "Basic " + Base64.getEncoder().encodeToString("giamsat:demo".getBytes(StandardCharsets.UTF_8));
    int slaStatus = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/sla/cases?state=OVERDUE"))
        .header("Authorization", monitor).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    if (slaStatus == 200) {
      // the whole list, then one unit's (pages 0–4 of each; each answer must be a 200 with rows)
      for (String query : List.of("state=OVERDUE", "state=OVERDUE&unit=SO-Y-TE")) {
        time("GET /api/sla/cases?" + query, 300, i -> {
          var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/api/sla/cases?" + query + "&page=" + (i % 5))).header("Authorization", monitor).build(),
              HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() != 200 || !r.body().contains("\"items\":[{")) {
            throw new IllegalStateException("SLA list " + query + ": " + r.statusCode());
          }
        });
      }
    } else {
      RESULTS.add("scale", "GET /api/sla/cases", "n/a", "", "endpoint answered " + slaStatus);
    }
    // the monitor's dashboard page: counts of every running clock, the most urgent lines with their holders
    time("SLA dashboard page GET /staff/dashboard", 100, i -> {
      var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/dashboard"))
          .header("Authorization", monitor).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200 || !r.body().contains("id=\"overdue\"")) {
        throw new IllegalStateException("dashboard " + r.statusCode());
      }
    });
    long c0 = System.nanoTime();
    var csv = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/dashboard.csv"))
        .header("Authorization", monitor).build(), HttpResponse.BodyHandlers.ofString());
    RESULTS.add("scale", "SLA dashboard CSV (every overdue and at-risk clock), one download", (System.nanoTime() - c0) / 1e6,
        "ms", csv.statusCode() + ", " + csv.body().lines().count() + " lines (a download, no target)");
    // the outbox page of monitors and intake: the newest notices of an outbox that keeps every notice
    time("outbox page GET /staff/outbox", 100, i -> {
      var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/staff/outbox"))
          .header("Authorization", monitor).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200 || !r.body().contains("/staff/outbox/")) {
        throw new IllegalStateException("outbox page " + r.statusCode());
      }
    });
    var tasks = engine.getTaskService();
    // as Tasklist asks it: with the user's authorizations checked
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember("tiepnhan").list().stream()
        .map(g -> g.getId()).toList();
    long allOpenTasks = tasks.createTaskQuery().count();
    engine.getIdentityService().setAuthentication("tiepnhan", groups);
    try {
      long visible = tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
      RESULTS.add("scale", "open tasks the group sees (of all open tasks)", visible + "/" + allOpenTasks,
          "", "the timed Tasklist query returns real rows");
      time("Tasklist query: group's tasks by due date, page of 50", 300, i -> tasks.createTaskQuery()
          .taskCandidateGroupIn(groups).includeAssignedTasks().orderByDueDate().asc().listPage(0, 50));
      time("Tasklist count: group's tasks", 300, i -> tasks.createTaskQuery().taskCandidateGroupIn(groups).count());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    RESULTS.write(Path.of("target", "benchmark"));
  }

  interface Step {
    void run(int i) throws Exception;
  }

  private void time(String what, int runs, Step step) throws Exception {
    long first = System.nanoTime();
    step.run(0);
    if (System.nanoTime() - first > 1_000_000_000L) {
      runs = 5;  // seconds per run: a few runs tell enough, and the benchmark still ends
    } else {
      for (int i = 1; i < 20; i++) {
        step.run(i);
      }
    }
    List<Long> nanos = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      step.run(i);
      nanos.add(System.nanoTime() - s);
    }
    long[] sorted = Results.sorted(nanos);
    RESULTS.add("scale", what + " p50", Results.percentile(sorted, 50), "ms", runs + " runs");
    RESULTS.add("scale", what + " p95", Results.percentile(sorted, 95), "ms", "target < 100 ms");
  }

  /**
   * Sent notices in the outbox, as many as open cases (a desk in service has about twenty per case), each with a
   * text and an HTML part of a usual notice's size.
   */
  private void bulkNotices(int count) throws Exception {
    String text = "Kính gửi ông/bà,\n" + "Bàn xử lý phản ánh đã tiếp nhận phản ánh của ông/bà. ".repeat(12);
    String html = "<html><body><div style=\"font-family: Arial\">" + ("<p>" + text.replace("\n", "<br>") + "</p>").repeat(2)
        + "</div></body></html>";
    var ds = engine.getProcessEngineConfiguration().getDataSource();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (var notices = c.prepareStatement("INSERT INTO notification_outbox (dedup_key, kind, audience, recipient, subject, "
          + "body, html_body, status, attempts, created_at, sent_at) VALUES (?, 'ACKNOWLEDGEMENT', 'COMPLAINANT', "
          + "'nguoidan@example.com', 'Xác nhận đã tiếp nhận phản ánh', ?, ?, 'SENT', 1, ?, ?)")) {
        Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(30)));
        for (int i = 0; i < count; i++) {
          notices.setString(1, "bulk-notice-" + i);
          notices.setString(2, text);
          notices.setString(3, html);
          notices.setTimestamp(4, at);
          notices.setTimestamp(5, at);
          notices.addBatch();
          if (i % 5000 == 4999 || i == count - 1) {
            notices.executeBatch();
            c.commit();
            progress("bulk sent notices", i + 1, count);
          }
        }
      }
    }
  }

  /** Cases with their clocks in JDBC batches: open ones spread over due dates, closed ones met. */
  private void bulkCases(int count, boolean closed) throws Exception {
    AtomicLong seq = new AtomicLong(jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM report_case").query(Long.class).single() + 1);
    var ds = engine.getProcessEngineConfiguration().getDataSource();
    String[] units = {"P-AN-BINH", "P-PHU-LOI", "X-TAN-HOA", "SO-GD-DT", "SO-Y-TE", "SO-TU-PHAP"};
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (var cases = c.prepareStatement("INSERT INTO report_case (id, tracking_code, access_code_hash, report_type, category, "
              + "status, channel, description, unit_code, anonymous, received_at, created_at, updated_at, closed_at) "
              + "VALUES (?, ?, 'sha256:x', 'COMPLAINT', 'PHAN_ANH', ?, 'WEB', 'bulk', ?, TRUE, ?, ?, ?, ?)");
          var clocks = c.prepareStatement("INSERT INTO case_clock (case_id, kind, started_on, due_on, period_days, day_kind, "
              + "state, legal_basis, at_risk_on, unit_code, category, report_type) "
              + "VALUES (?, 'RESOLUTION', ?, ?, 20, 'CALENDAR', ?, 'bulk', ?, ?, 'PHAN_ANH', 'COMPLAINT')")) {
        LocalDate today = LocalDate.now();
        for (int i = 0; i < count; i++) {
          long id = seq.getAndIncrement();
          LocalDate start = today.minusDays(closed ? 400 + (i % 1500) : i % 40);
          Timestamp at = Timestamp.from(Instant.now().minus(Duration.ofDays(closed ? 400 + (i % 1500) : i % 40)));
          cases.setLong(1, id);
          cases.setString(2, (closed ? "BC" : "BO") + id);
          cases.setString(3, closed ? "RESOLVED" : "IN_VERIFICATION");
          cases.setString(4, units[i % units.length]);
          cases.setTimestamp(5, at);
          cases.setTimestamp(6, at);
          cases.setTimestamp(7, at);
          cases.setTimestamp(8, closed ? at : null);
          cases.addBatch();
          LocalDate due = start.plusDays(20);
          clocks.setLong(1, id);
          clocks.setObject(2, start);
          clocks.setObject(3, due);
          clocks.setString(4, closed ? "MET" : (due.isBefore(today) ? "OVERDUE" : "ON_TRACK"));
          clocks.setObject(5, start.plusDays(15));
          clocks.setString(6, units[i % units.length]);
          clocks.addBatch();
          if (i % 5000 == 4999 || i == count - 1) {
            cases.executeBatch();
            clocks.executeBatch();
            c.commit();
            progress(closed ? "bulk closed cases" : "bulk open cases", i + 1, count);
          }
        }
      }
      // the rows above chose their ids: move the identity on past them
      long next = seq.get();
      try (var s = c.createStatement()) {
        if (c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
          s.execute("SELECT setval(pg_get_serial_sequence('report_case', 'id'), " + next + ")");
        } else {
          s.execute("ALTER TABLE report_case ALTER COLUMN id RESTART WITH " + next);
        }
      }
      c.commit();
    }
  }
}
