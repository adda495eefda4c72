package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What is stored when a report comes in. */
public record NewCase(
    String trackingCode,
    String accessCodeHash,
    ReportType reportType,
    Channel channel,
    String description,
    LocalDate occurredOn,
    String officialBadgeCode,
    String officialNameGiven,
    String officialUnitGiven,
    String unitCode,
    boolean anonymous,
    OffsetDateTime receivedAt,
    String idempotencyKeyHash,
    String requestHash,
    String createdBy) {}
