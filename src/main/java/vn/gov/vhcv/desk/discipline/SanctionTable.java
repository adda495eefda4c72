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

  private final ProcessEngine engine;

  public SanctionTable(ProcessEngine engine) {
    this.engine = engine;
  }

  public Answer evaluate(String officialKind, boolean leader, Severity severity, Sanction prior, boolean serving) {
    Map<String, Object> vars = new HashMap<>();
    vars.put(DisciplineVariables.OFFICIAL_KIND, officialKind);
    vars.put(DisciplineVariables.OFFICIAL_LEADER, leader);
    vars.put(DisciplineVariables.SEVERITY, severity.name());
    vars.put(DisciplineVariables.PRIOR_SANCTION, prior.name());
    vars.put(DisciplineVariables.SERVING_DISCIPLINE, prior != Sanction.NONE && serving);
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
