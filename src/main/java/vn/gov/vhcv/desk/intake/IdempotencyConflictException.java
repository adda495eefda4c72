package vn.gov.vhcv.desk.intake;

/** The same Idempotency-Key was sent with a different report. */
public class IdempotencyConflictException extends RuntimeException {
  public IdempotencyConflictException() {
    super("Idempotency-Key reused with a different body");
  }
}
