package vn.gov.vhcv.desk.casefile;

import java.util.List;

/** The JSON body of every refused API call: the HTTP status, a Vietnamese message and the fields at fault. */
public record ErrorBody(int status, String message, List<FieldError> errors) {}
