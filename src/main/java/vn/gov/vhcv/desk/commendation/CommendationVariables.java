package vn.gov.vhcv.desk.commendation;

/** Process variables of processes/commendation.bpmn. */
public final class CommendationVariables {
  public static final String BLOCKED = "commendationBlocked";
  public static final String BLOCK_REASON = "commendationBlockReason";
  public static final String AWARD = "award";
  public static final String AWARD_TEXT = "awardText";
  public static final String UNIT_LEVEL = "unitLevel";
  public static final String ACHIEVEMENT = "achievement";
  public static final String PROPOSED_BY = "commendationProposedBy";
  public static final String REVIEW = "commendationReview";
  public static final String REVIEW_COMMENT = "commendationReviewComment";
  public static final String LEVEL = "commendationLevel";
  public static final String DECISION = "commendationDecision";
  public static final String DECISION_COMMENT = "commendationDecisionComment";
  public static final String DECISION_NUMBER = "commendationDecisionNumber";
  public static final String DECISION_DATE = "commendationDecisionDate";
  public static final String APPROVED_BY = "commendationApprovedBy";
  public static final String OUTCOME = "commendationOutcome";

  private CommendationVariables() {}
}
