package vn.gov.vhcv.desk.clock;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.gov.vhcv.desk.calendar.DayKind;

/** A statutory clock of one case. */
public record CaseClock(
    long id,
    long caseId,
    ClockKind kind,
    LocalDate startedOn,
    LocalDate dueOn,
    int periodDays,
    DayKind dayKind,
    SlaState state,
    String legalBasis,
    OffsetDateTime completedAt,
    LocalDate atRiskOn,
    OffsetDateTime pausedSince,
    Complexity complexity,
    int warnPercent,
    int riskPercent,
    @JsonIgnore int notifiedLevel,
    @JsonIgnore LocalDate notifiedDue) {

  public boolean open() {
    return state != SlaState.MET;
  }

  public boolean paused() {
    return pausedSince != null;
  }
}
