package vn.gov.vhcv.desk.discipline;

/** Process variables of processes/discipline.bpmn. */
public final class DisciplineVariables {
  public static final String OFFICIAL_KIND = "officialKind";
  public static final String OFFICIAL_LEADER = "officialLeader";
  public static final String SEVERITY = "severity";
  /** The official's last discipline on the register decided before this breach (NONE if none): tái phạm. */
  public static final String PRIOR_SANCTION = "priorSanction";
  /** The severity the investigator proposed in the conclusion (form verify-case). */
  public static final String PROPOSED_SEVERITY = "proposedSeverity";
  /** The severity the disciplinary council decided (form hold-council); pre-filled with the proposed one. */
  public static final String COUNCIL_SEVERITY = "councilSeverity";
  /** Years of the limitation that applies: 5 where the breach warrants khiển trách, else 10. */
  public static final String LIMITATION_YEARS = "limitationYears";
  /** The sanction table's legal basis for the recommended form. */
  public static final String LEGAL_BASIS = "sanctionLegalBasis";
  public static final String SERVING_DISCIPLINE = "servingDiscipline";
  public static final String BREACH_DATE = "breachDate";
  public static final String PAUSED_DAYS = "limitationPausedDays";
  public static final String LIMITATION_EXPIRED = "limitationExpired";
  public static final String LIMITATION_ENDS_TEXT = "limitationEndsText";
  public static final String POSTPONEMENT_REASON = "postponementReason";
  public static final String POSTPONED_UNTIL = "postponedUntil";
  public static final String POSTPONED_SINCE = "postponedSince";
  public static final String RECOMMENDATION = "sanctionRecommendation";
  public static final String RECOMMENDED_SANCTION = "recommendedSanction";
  public static final String RECOMMENDED_SANCTION_TEXT = "recommendedSanctionText";
  public static final String COUNCIL_REQUIRED = "councilRequired";
  public static final String REVIEW_MEETING_DATE = "reviewMeetingDate";
  public static final String REVIEW_MINUTES = "reviewMinutes";
  public static final String PROPOSED_BY = "disciplineProposedBy";
  public static final String COUNCIL_MEETING_DATE = "councilMeetingDate";
  public static final String COUNCIL_MEETING_TIME = "councilMeetingTime";
  public static final String COUNCIL_MEETING_PLACE = "councilMeetingPlace";
  public static final String COUNCIL_MEETING_DUE = "councilMeetingDue";
  public static final String COUNCIL_ABSENCES = "councilAbsences";
  public static final String COUNCIL_SUMMONS_TEXT = "councilSummonsText";
  public static final String OFFICIAL_ATTENDED = "officialAttended";
  public static final String COUNCIL_ADJOURNED = "councilAdjourned";
  public static final String COUNCIL_RECOMMENDATION = "councilRecommendation";
  public static final String COUNCIL_MINUTES = "councilMinutes";
  public static final String SANCTION = "sanction";
  public static final String SANCTION_REASON = "sanctionReason";
  public static final String DECISION_NUMBER = "decisionNumber";
  public static final String DECISION_DATE = "decisionDate";
  /** The day the official received the decision: the appeal period runs from it (Luật Khiếu nại 2011 Điều 48). */
  public static final String DECISION_RECEIVED_ON = "decisionReceivedOn";
  public static final String DECIDED_BY = "disciplineDecidedBy";
  public static final String APPEAL_DUE = "appealDue";
  public static final String APPEAL_OUTCOME = "appealOutcome";
  public static final String APPEAL_RESPONSE = "appealResponse";
  public static final String OUTCOME = "disciplineOutcome";

  /** Working days between the summons and the council meeting, at least. */
  public static final int SUMMONS_WORKING_DAYS = 7;

  private DisciplineVariables() {}
}
