package vn.gov.vhcv.desk.intake;

import java.io.IOException;

/** The request body is larger than the API accepts. */
public class BodyTooLargeException extends IOException {
  public BodyTooLargeException() {
    super("request body too large");
  }
}
