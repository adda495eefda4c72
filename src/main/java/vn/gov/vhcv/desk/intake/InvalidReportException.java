package vn.gov.vhcv.desk.intake;

import java.util.List;
import vn.gov.vhcv.desk.casefile.FieldError;

/** The report breaks a rule that needs the database (unknown badge code, unknown unit, …). */
public class InvalidReportException extends RuntimeException {
  private final transient List<FieldError> errors;

  public InvalidReportException(List<FieldError> errors) {
    super("invalid report: " + errors.size() + " field errors");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
