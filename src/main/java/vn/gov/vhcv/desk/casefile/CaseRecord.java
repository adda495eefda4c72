package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One report as the desk keeps it (without the complainant's identity, see {@link Complainant}). */
public record CaseRecord(
    long id,
    String trackingCode,
    ReportType reportType,
    Category category,
    String conductCode,
    CaseStatus status,
    Channel channel,
    String description,
    LocalDate occurredOn,
    String officialBadgeCode,
    String officialNameGiven,
    String officialUnitGiven,
    String unitCode,
    boolean anonymous,
    OffsetDateTime receivedAt,
    String processInstanceId,
    String outcome,
    String outcomeText,
    OffsetDateTime closedAt) {}
