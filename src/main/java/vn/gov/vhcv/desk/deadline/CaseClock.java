package vn.gov.vhcv.desk.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A statutory clock of one case. */
public record CaseClock(
    long caseId,
    ClockKind kind,
    LocalDate startedOn,
    LocalDate dueOn,
    int periodDays,
    DayKind dayKind,
    SlaState state,
    String legalBasis,
    OffsetDateTime completedAt) {}
