package vn.gov.vhcv.desk.casefile;

/** Unknown tracking code or wrong access code: both get the same 404. */
public class CaseNotFoundException extends RuntimeException {
  public CaseNotFoundException() {
    super("case not found");
  }
}
