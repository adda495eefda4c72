package vn.gov.vhcv.desk.discipline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

/**
 * The sanction decision table (processes/sanction-recommendation.dmn) asked from code: the discipline's limitation
 * check, the council's severity and the rules API ask the same deployed table the discipline's business rule task
 * evaluates, so there is one statement of the law.
 */
@Component
public class SanctionTable {

  public static final String DECISION_KEY = "sanctionRecommendation";
  /** A discipline decision's period of effect, within which a new breach is one form heavier. */
  public static final int PERIOD_OF_EFFECT_MONTHS = 12;

  public record Answer(Sanction form, boolean councilRequired, String legalBasis) {
    /** Thời hiệu: 5 years where the breach warrants khiển trách, 10 otherwise. */
    public int limitationYears() {
      return Sanction.limitationYears(form);
    }
  }

  /**
   * The table has a few hundred possible inputs and changes only with a new deployment: its answers are kept for
   * {@link #TTL_NANOS} (a newly deployed table applies within five minutes, or at once after {@link #forget()}), as
   * the SLA policy's are. The discipline's business rule task evaluates the table itself and keeps its decision
   * history, the recommendation the leader sees; the checks asked from code (the limitation, the council's severity)
   * would otherwise write that history again, three times per case.
   */
  static final long TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(5);

  private record Key(String officialKind, boolean leader, Severity severity, Sanction prior, boolean serving) {}

  private record Cached(Answer answer, long at) {}

  private final ProcessEngine engine;
  private final Map<Key, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

  public SanctionTable(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Forgets the kept answers (a new version of the table was deployed and must apply at once). */
  public void forget() {
    cache.clear();
  }

  public Answer evaluate(String officialKind, boolean leader, Severity severity, Sanction prior, boolean serving) {
    Key key = new Key(officialKind, leader, severity, prior, prior != Sanction.NONE && serving);
    long now = System.nanoTime();
    Cached hit = cache.get(key);
    if (hit != null && now - hit.at() < TTL_NANOS) {
      return hit.answer();
    }
    Answer answer = ask(key);
    cache.put(key, new Cached(answer, now));
    return answer;
  }

  private Answer ask(Key key) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(DisciplineVariables.OFFICIAL_KIND, key.officialKind());
    vars.put(DisciplineVariables.OFFICIAL_LEADER, key.leader());
    vars.put(DisciplineVariables.SEVERITY, key.severity().name());
    vars.put(DisciplineVariables.PRIOR_SANCTION, key.prior().name());
    vars.put(DisciplineVariables.SERVING_DISCIPLINE, key.serving());
    var result = engine.getDecisionService().evaluateDecisionTableByKey(DECISION_KEY).variables(vars).evaluate().getSingleResult();
    if (result == null) {
      throw new IllegalStateException("Bảng hình thức kỷ luật không có quy tắc cho " + vars);
    }
    return new Answer(Sanction.valueOf(result.<String>getEntry("sanction")),
        Boolean.TRUE.equals(result.getEntry("councilRequired")), result.getEntry("legalBasis"));
  }

  /** Whether a breach on {@code breachOn} falls within the period of effect of a decision signed on {@code decidedOn}. */
  public static boolean serving(LocalDate decidedOn, LocalDate breachOn) {
    return decidedOn != null && !breachOn.isBefore(decidedOn) && !breachOn.isAfter(decidedOn.plusMonths(PERIOD_OF_EFFECT_MONTHS));
  }

  /** The last day discipline may still be imposed for a breach warranting {@code form}. */
  public static LocalDate limitationEnds(LocalDate breachOn, Sanction form, long pausedDays) {
    return breachOn.plusYears(Sanction.limitationYears(form)).plusDays(pausedDays);
  }
}
