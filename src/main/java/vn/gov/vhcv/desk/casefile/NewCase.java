package vn.gov.vhcv.desk.casefile;

/** What is stored when a report comes in: its codes, what it reports, and who filed it under which request. */
public record NewCase(
    String trackingCode,
    String accessCodeHash,
    Reported reported,
    String idempotencyKeyHash,
    String requestHash,
    String createdBy) {}
