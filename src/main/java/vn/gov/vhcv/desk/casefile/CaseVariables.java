package vn.gov.vhcv.desk.casefile;

/**
 * Names of the few process variables that steer a case or that forms show. The complainant's
 * identity is never among them.
 */
public final class CaseVariables {
  public static final String TRACKING_CODE = "trackingCode";
  public static final String CASE_SUMMARY = "caseSummary";
  public static final String OFFICIAL_SUMMARY = "officialSummary";
  public static final String ACKNOWLEDGEMENT_DUE = "acknowledgementDue";
  public static final String ACKNOWLEDGEMENT_DUE_TEXT = "acknowledgementDueText";
  public static final String RESOLUTION_DUE = "resolutionDue";
  public static final String RESOLUTION_DUE_TEXT = "resolutionDueText";
  /** Due date of the discipline handling clock (NĐ 172/2025: 90 days from discovery, up to 150). */
  public static final String DISCIPLINE_DUE = "disciplineDue";
  public static final String DISCIPLINE_DUE_TEXT = "disciplineDueText";
  public static final String CATEGORY = "category";
  public static final String CONDUCT_CODE = "conductCode";
  public static final String OFFICIAL_BADGE_CODE = "officialBadgeCode";
  public static final String INTAKE_DECISION = "intakeDecision";
  public static final String REFUSAL_REASON = "refusalReason";
  public static final String FORWARD_TO_UNIT = "forwardToUnit";
  public static final String CONCLUSION = "conclusion";
  public static final String CONCLUSION_TEXT = "conclusionText";
  public static final String FINDINGS = "findings";
  public static final String RECOMMENDATION = "recommendation";
  public static final String RECOMMENDATION_TEXT = "recommendationText";
  public static final String APPROVAL_DECISION = "approvalDecision";
  public static final String APPROVAL_COMMENT = "approvalComment";

  private CaseVariables() {}
}
