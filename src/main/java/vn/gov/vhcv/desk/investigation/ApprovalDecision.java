package vn.gov.vhcv.desk.investigation;

/** A leader's answer to a drafted conclusion. */
public enum ApprovalDecision {
  APPROVE,
  REJECT
}
