package vn.gov.vhcv.desk.discipline;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.vhcv.desk.DeskClock;
import vn.gov.vhcv.desk.DeskProperties;

/**
 * Sổ theo dõi kỷ luật: the official's earlier disciplines (what the sanction table reads as tái phạm and as a
 * discipline still being served), and the count of founded reports behind the repeat-offender warning — a warning to
 * the leader only, never an input of the sanction.
 */
@Repository
public class DisciplineRegister {

  private final JdbcClient jdbc;
  private final DeskClock clock;
  private final int repeatThreshold;

  public DisciplineRegister(JdbcClient jdbc, DeskClock clock, DeskProperties.Discipline discipline) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.repeatThreshold = discipline.repeatOffenderThreshold();
  }

  public int repeatThreshold() {
    return repeatThreshold;
  }

  /** Cases about the official concluded founded (wholly or partly) received in the last 12 months, this one included. */
  public int foundedCasesInLastYear(String badgeCode) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM report_case WHERE official_badge_code = :b
               AND outcome IN ('FOUNDED', 'PARTLY_FOUNDED') AND received_at >= :since""")
        .param("b", badgeCode).param("since", clock.nowOffset().minusMonths(12)).query(Integer.class).single();
  }

  /** An earlier discipline: its form and the day it was signed. */
  public record PriorDiscipline(Sanction sanction, LocalDate decidedOn) {
    public static final PriorDiscipline NONE = new PriorDiscipline(Sanction.NONE, null);

    /** The breach falls within this discipline's period of effect (SanctionTable.PERIOD_OF_EFFECT_MONTHS). */
    public boolean servedOn(LocalDate breachOn) {
      return sanction != Sanction.NONE && SanctionTable.serving(decidedOn, breachOn);
    }
  }

  /**
   * The official's last discipline decided on or before the day of this breach (another case's): a breach committed
   * before an earlier decision is not a repeat of it (NĐ 172/2025/NĐ-CP: "đã bị … mà tái phạm").
   */
  public PriorDiscipline lastBefore(String badgeCode, long exceptCaseId, LocalDate breachOn) {
    return jdbc.sql("""
            SELECT sanction, decision_date FROM discipline_register WHERE official_badge_code = :b AND case_id <> :id
               AND sanction <> 'NONE' AND decision_date <= :breach ORDER BY decision_date DESC, id DESC""")
        .param("b", badgeCode).param("id", exceptCaseId).param("breach", breachOn)
        .query((rs, i) -> new PriorDiscipline(Sanction.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class)))
        .list().stream().findFirst().orElse(PriorDiscipline.NONE);
  }

  public boolean hasOpenDiscipline(String badgeCode, long exceptCaseId) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM discipline_register WHERE official_badge_code = :b AND case_id <> :id
               AND appeal_due_on >= :today""")
        .param("b", badgeCode).param("id", exceptCaseId).param("today", clock.today()).query(Integer.class).single() > 0;
  }

  /** Writes the decision once per case. */
  public void register(long caseId, String badgeCode, Sanction sanction, String recommended, String reason,
      String decisionNumber, LocalDate decisionDate, String decidedBy, LocalDate appealDue) {
    Integer exists = jdbc.sql("SELECT COUNT(*) FROM discipline_register WHERE case_id = :id").param("id", caseId)
        .query(Integer.class).single();
    if (exists > 0) {
      return;
    }
    jdbc.sql("""
            INSERT INTO discipline_register (case_id, official_badge_code, sanction, recommended_sanction, reason,
                decision_number, decision_date, decided_by, appeal_due_on, created_at)
            VALUES (:id, :b, :s, :r, :reason, :no, :date, :by, :appeal, :now)""")
        .param("id", caseId).param("b", badgeCode).param("s", sanction.name()).param("r", recommended)
        .param("reason", reason).param("no", decisionNumber).param("date", decisionDate).param("by", decidedBy)
        .param("appeal", appealDue).param("now", clock.nowOffset()).update();
  }

  /** The appeal period's last day, once the day the official received the decision is known. */
  public void appealDue(long caseId, LocalDate appealDue) {
    jdbc.sql("UPDATE discipline_register SET appeal_due_on = :d WHERE case_id = :id").param("d", appealDue)
        .param("id", caseId).update();
  }

  public void markAppealed(long caseId) {
    jdbc.sql("UPDATE discipline_register SET appealed = TRUE WHERE case_id = :id").param("id", caseId).update();
  }
}
