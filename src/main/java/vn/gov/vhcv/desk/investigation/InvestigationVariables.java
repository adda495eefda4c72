package vn.gov.vhcv.desk.investigation;

/** Process variables of processes/investigation.bpmn. */
public final class InvestigationVariables {
  public static final String INVESTIGATOR_ID = "investigatorId";
  public static final String INVESTIGATOR_CLEARED = "investigatorCleared";
  public static final String CONFLICT_NOTE = "conflictNote";
  public static final String PLAN = "investigationPlan";
  public static final String EXPLANATION_DUE = "explanationDue";
  public static final String EXPLANATION_DUE_TEXT = "explanationDueText";
  public static final String EXPLANATION_RECEIVED = "explanationReceived";
  public static final String EXPLANATION_SUMMARY = "explanationSummary";
  public static final String EVIDENCE_SUMMARY = "evidenceSummary";
  public static final String EVIDENCE_NEXT_STEP = "evidenceNextStep";
  public static final String EXTENSION_COMPLEXITY = "extensionComplexity";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_REQUEST_TEXT = "extensionRequestText";
  public static final String EXTENSION_DECISION = "extensionDecision";
  public static final String EXTENSION_COMMENT = "extensionComment";
  public static final String DIALOGUE_DATE = "dialogueDate";
  public static final String DIALOGUE_SUMMARY = "dialogueSummary";

  /** Working days the official has to explain in writing, as set in the verification plan. */
  public static final int EXPLANATION_WORKING_DAYS = 5;

  private InvestigationVariables() {}
}
