package vn.gov.vhcv.desk.intake;

/** One rejected field, in the JSON list a 400 answer carries. */
public record FieldError(String field, String message) {}
