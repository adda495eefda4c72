package vn.gov.vhcv.desk.clock;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import vn.gov.vhcv.desk.calendar.DayKind;
import vn.gov.vhcv.desk.casefile.Category;
import vn.gov.vhcv.desk.engine.EngineContext;

/**
 * The statutory periods, read from the decision table {@code processes/sla-policy.dmn} (decision
 * {@code slaPolicy}): one row per period with its legal basis. Callers keep asking this façade; the
 * table is what a jurist reviews and a province changes.
 */
@Component
public class SlaPolicy {

  public static final String DECISION_KEY = "slaPolicy";

  /**
   * The table has a few dozen possible inputs and changes only with a new deployment: its answers are kept
   * for {@link #TTL_NANOS} (a newly deployed table applies within five minutes, or at once after
   * {@link #forget()}). Evaluating it was a third of the intake's CPU time in the spike benchmark (FEEL
   * evaluation, plus a decision-history row set per evaluation that repeats the clock's stored legal basis).
   */
  static final long TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(5);

  private record Key(Category category, ClockKind kind, boolean remoteArea, Complexity complexity) {}

  private record Cached(ClockPolicy policy, long at) {}

  private final Map<Key, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

  private final DecisionService decisions;
  private final EngineContext engine;

  public SlaPolicy(DecisionService decisions, EngineContext engine) {
    this.decisions = decisions;
    this.engine = engine;
  }

  /** Answer on acceptance; before classification ({@code category == null}) the common 10 working days apply. */
  public ClockPolicy acknowledgement(Category category) {
    return policy(category, ClockKind.ACKNOWLEDGEMENT, false, Complexity.NORMAL);
  }

  public ClockPolicy resolution(Category category, boolean remoteArea) {
    return policy(category, ClockKind.RESOLUTION, remoteArea, Complexity.NORMAL);
  }

  /**
   * The period of {@code kind} for a case of {@code category} (null before classification).
   *
   * @throws IllegalStateException when no row of the table applies
   */
  public ClockPolicy policy(Category category, ClockKind kind, boolean remoteArea, Complexity complexity) {
    Key key = new Key(category, kind, remoteArea, complexity == null ? Complexity.NORMAL : complexity);
    long now = System.nanoTime();
    Cached hit = cache.get(key);
    if (hit != null && now - hit.at() < TTL_NANOS) {
      return hit.policy();
    }
    ClockPolicy policy = evaluate(category, kind, remoteArea, complexity);
    cache.put(key, new Cached(policy, now));
    return policy;
  }

  /** The period of {@code kind} for the category if the table has one (a forwarded khiếu nại has no forwarding clock). */
  public java.util.Optional<ClockPolicy> find(Category category, ClockKind kind, boolean remoteArea, Complexity complexity) {
    try {
      return java.util.Optional.of(policy(category, kind, remoteArea, complexity));
    } catch (IllegalStateException none) {
      return java.util.Optional.empty();
    }
  }

  /** Forgets the cached answers (a new version of the table was deployed and must apply at once). */
  public void forget() {
    cache.clear();
  }

  private ClockPolicy evaluate(Category category, ClockKind kind, boolean remoteArea, Complexity complexity) {
    Map<String, Object> in = new HashMap<>();
    in.put("category", category == null ? null : category.name());
    in.put("clockKind", kind.name());
    in.put("remoteArea", remoteArea);
    in.put("complexity", (complexity == null ? Complexity.NORMAL : complexity).name());
    // The table is reference data: evaluating it is no user action, whoever triggers it.
    Callable<DmnDecisionResultEntries> evaluate = () -> decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(in).evaluate().getFirstResult();
    DmnDecisionResultEntries row = engine.withoutAuthorization(evaluate);
    if (row == null) {
      throw new IllegalStateException("sla-policy.dmn has no period for " + kind + " of " + category);
    }
    return new ClockPolicy(kind, number(row, "periodDays"), DayKind.valueOf(row.getEntry("dayKind")),
        row.getEntry("legalBasis"), number(row, "warnPercent"), number(row, "riskPercent"),
        number(row, "maxExtensions"), number(row, "extensionDays"),
        row.getEntry("countedFrom") == null ? CountedFrom.EVENT : CountedFrom.valueOf(row.getEntry("countedFrom")));
  }

  private static int number(DmnDecisionResultEntries row, String name) {
    Object v = row.getEntry(name);
    return v == null ? 0 : ((Number) v).intValue();
  }
}
