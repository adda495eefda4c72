package vn.gov.vhcv.desk.clock;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one rule for a clock's SLA state on a day: a met clock stays MET, a paused clock is PAUSED, a clock whose due
 * day has passed is OVERDUE, a clock whose at-risk day ({@link #atRiskOn}, at the {@code riskPercent} of its policy
 * row in {@code sla-policy.dmn}, stored on the clock when it starts) has come is AT_RISK, any other is ON_TRACK.
 *
 * <p>The rule is written once, as the ordered {@link #BRANCHES} below; the SQL the dashboard, {@code GET
 * /api/sla/cases}, the digest and the daily recompute run ({@link #SQL_AS_OF}, {@link #sqlIs}) and the Java the clock
 * store and the case page run ({@link #of}) are both derived from it, so every view judges a clock alike on the same
 * day. Every comparison is on the clock's stored dates; the SQL expects the day as the parameter {@code :today}.
 */
public final class SlaRule {

  /** What the rule reads of a clock: its stored state (only MET counts) and its stored dates. */
  public record Facts(SlaState stored, OffsetDateTime pausedSince, LocalDate dueOn, LocalDate atRiskOn) {

    public static Facts of(CaseClock k) {
      return new Facts(k.state(), k.pausedSince(), k.dueOn(), k.atRiskOn());
    }
  }

  /** A comparison of one stored column, null-safe in both languages (a missing date never matches). */
  private enum Test {
    IS_MET {
      String sql(String column) {
        return column + " = 'MET'";
      }

      boolean holds(Object value, LocalDate today) {
        return value == SlaState.MET;
      }
    },
    SET {
      String sql(String column) {
        return column + " IS NOT NULL";
      }

      boolean holds(Object value, LocalDate today) {
        return value != null;
      }
    },
    BEFORE_TODAY {
      String sql(String column) {
        return "(" + column + " IS NOT NULL AND " + column + " < :today)";
      }

      boolean holds(Object value, LocalDate today) {
        return value != null && ((LocalDate) value).isBefore(today);
      }
    },
    NOT_AFTER_TODAY {
      String sql(String column) {
        return "(" + column + " IS NOT NULL AND " + column + " <= :today)";
      }

      boolean holds(Object value, LocalDate today) {
        return value != null && !((LocalDate) value).isAfter(today);
      }
    };

    abstract String sql(String column);

    abstract boolean holds(Object value, LocalDate today);
  }

  private record Branch(SlaState state, String column, Function<Facts, Object> value, Test test) {

    String sql(String alias) {
      return test.sql(alias.isEmpty() ? column : alias + "." + column);
    }
  }

  /** The rule: the first branch that holds gives the state; when none holds the clock is {@link #OTHERWISE}. */
  private static final List<Branch> BRANCHES = List.of(
      new Branch(SlaState.MET, "state", Facts::stored, Test.IS_MET),
      new Branch(SlaState.PAUSED, "paused_since", Facts::pausedSince, Test.SET),
      new Branch(SlaState.OVERDUE, "due_on", Facts::dueOn, Test.BEFORE_TODAY),
      new Branch(SlaState.AT_RISK, "at_risk_on", Facts::atRiskOn, Test.NOT_AFTER_TODAY));

  private static final SlaState OTHERWISE = SlaState.ON_TRACK;

  /** The state of a row of {@code case_clock} (unqualified columns) as of {@code :today}. */
  public static final String SQL_AS_OF = sqlAsOf("");

  private SlaRule() {}

  /** The state of a row of {@code case_clock} as of {@code :today}, its columns qualified by {@code alias}. */
  public static String sqlAsOf(String alias) {
    return "CASE " + BRANCHES.stream().map(b -> "WHEN " + b.sql(alias) + " THEN '" + b.state().name() + "'")
        .collect(Collectors.joining(" ")) + " ELSE '" + OTHERWISE.name() + "' END";
  }

  /**
   * A condition that holds for the rows of {@code case_clock} (columns qualified by {@code alias}) that are in
   * {@code state} as of {@code :today}: no earlier branch holds and the state's own does. Plain comparisons on the
   * stored columns, so the database can use its indexes on them.
   */
  public static String sqlIs(SlaState state, String alias) {
    StringBuilder where = new StringBuilder();
    for (Branch b : BRANCHES) {
      if (b.state() == state) {
        return where.append(b.sql(alias)).toString();
      }
      where.append("NOT ").append(b.sql(alias)).append(" AND ");
    }
    return where.append("1 = 1").toString();
  }

  /** The state of the clock as of {@code today}. */
  public static SlaState of(CaseClock k, LocalDate today) {
    return of(Facts.of(k), today);
  }

  public static SlaState of(Facts clock, LocalDate today) {
    for (Branch b : BRANCHES) {
      if (b.test().holds(b.value().apply(clock), today)) {
        return b.state();
      }
    }
    return OTHERWISE;
  }

  /** The first day on which {@code percent} of the period from {@code start} to {@code due} is used. */
  public static LocalDate atRiskOn(LocalDate start, LocalDate due, int percent) {
    long total = Math.max(1, due.toEpochDay() - start.toEpochDay());
    return start.plusDays((total * percent + 99) / 100);
  }
}
