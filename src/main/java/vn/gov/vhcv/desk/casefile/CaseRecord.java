package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One report as the desk keeps it (without the complainant's identity, see {@link Complainant}): what was reported,
 * unchanged since it came in, and where its handling stands.
 */
public record CaseRecord(
    long id,
    String trackingCode,
    Reported reported,
    Category category,
    String conductCode,
    CaseStatus status,
    String processInstanceId,
    String outcome,
    String outcomeText,
    OffsetDateTime closedAt) {

  public ReportType reportType() {
    return reported.reportType();
  }

  public Channel channel() {
    return reported.channel();
  }

  public String description() {
    return reported.description();
  }

  public LocalDate occurredOn() {
    return reported.occurredOn();
  }

  public String officialBadgeCode() {
    return reported.officialBadgeCode();
  }

  public String officialNameGiven() {
    return reported.officialNameGiven();
  }

  public String officialUnitGiven() {
    return reported.officialUnitGiven();
  }

  public String unitCode() {
    return reported.unitCode();
  }

  public boolean anonymous() {
    return reported.anonymous();
  }

  public OffsetDateTime receivedAt() {
    return reported.receivedAt();
  }
}
