package vn.gov.vhcv.desk.intake;

import java.time.LocalDate;

/** What the sender gets back: the codes to follow the case and the date the desk must answer by. */
public record Receipt(String trackingCode, String accessCode, LocalDate acknowledgementDue) {}
