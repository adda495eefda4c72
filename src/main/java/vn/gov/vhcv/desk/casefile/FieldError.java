package vn.gov.vhcv.desk.casefile;

/** One rejected field, in the JSON list a 400 answer carries. */
public record FieldError(String field, String message) {}
