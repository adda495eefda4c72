package vn.gov.vhcv.desk.casefile;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a report says and how it came in: its type, channel and text, the day of the event, the official as the
 * sender named them (a badge code, or a name and unit as typed; the badge code and unit are filled in when intake or
 * the investigator identifies the official later), the unit it concerns, whether the sender stayed anonymous, and
 * when it was received. A new case ({@link NewCase}) and a stored one ({@link CaseRecord}) both carry it.
 */
public record Reported(
    ReportType reportType,
    Channel channel,
    String description,
    LocalDate occurredOn,
    String officialBadgeCode,
    String officialNameGiven,
    String officialUnitGiven,
    String unitCode,
    boolean anonymous,
    OffsetDateTime receivedAt) {

  /** The same report as another's text, received at another time through another channel (a second instance). */
  public Reported again(Channel channel, String description, OffsetDateTime receivedAt) {
    return new Reported(reportType, channel, description, occurredOn, officialBadgeCode, officialNameGiven,
        officialUnitGiven, unitCode, false, receivedAt);
  }
}
