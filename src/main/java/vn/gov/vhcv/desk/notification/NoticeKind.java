package vn.gov.vhcv.desk.notification;

/**
 * The notices the desk sends, each with the side it goes to and its template
 * {@code templates/mail/<template>.txt} (first line: subject; the HTML part is the same text in
 * {@code templates/mail/layout.html}).
 */
public enum NoticeKind {
  // to the complainant
  ACKNOWLEDGEMENT(Audience.COMPLAINANT, "acknowledgement"),
  ACCEPTED(Audience.COMPLAINANT, "accepted"),
  REFUSED(Audience.COMPLAINANT, "refused"),
  FORWARDED(Audience.COMPLAINANT, "forwarded"),
  PROGRESS(Audience.COMPLAINANT, "progress"),
  RESULT(Audience.COMPLAINANT, "result"),
  INFORMATION_REQUEST(Audience.COMPLAINANT, "information-request"),
  INFORMATION_TIMEOUT(Audience.COMPLAINANT, "information-timeout"),
  MERGED(Audience.COMPLAINANT, "merged"),
  // the approved conclusion, when the case goes on to discipline (Luật Tố cáo 2018 Điều 35)
  CONCLUSION(Audience.COMPLAINANT, "conclusion"),
  DISCIPLINE_RESULT(Audience.COMPLAINANT, "discipline-result"),
  // to staff
  WORK_WAITING(Audience.STAFF, "work-waiting"),
  WORK_DIGEST(Audience.STAFF, "work-digest"),
  DEADLINE_WARNING(Audience.STAFF, "deadline-warning"),
  // from the clock watch: 75 % used, and run out (to the holding unit and its superior)
  DEADLINE_AT_RISK(Audience.STAFF, "deadline-at-risk"),
  DEADLINE_OVERDUE(Audience.STAFF, "deadline-overdue"),
  // to administrators (camunda-admin): a staff account locked after too many wrong passwords
  ACCOUNT_LOCKED(Audience.STAFF, "account-locked"),
  // to leaders
  APPROVAL_WAITING(Audience.LEADER, "approval-waiting"),
  // to the reported official (or their unit)
  EXPLANATION_REQUEST(Audience.OFFICIAL, "explanation-request"),
  COUNCIL_SUMMONS(Audience.OFFICIAL, "council-summons"),
  DISCIPLINE_DECISION(Audience.OFFICIAL, "discipline-decision"),
  COMMENDATION(Audience.OFFICIAL, "commendation"),
  // to leaders: an official with several founded cases in 12 months
  REPEAT_OFFENDER(Audience.LEADER, "repeat-offender"),
  // to monitors
  SLA_DIGEST(Audience.MONITOR, "sla-digest");

  /** Who reads a notice. */
  public enum Audience { COMPLAINANT, STAFF, LEADER, OFFICIAL, MONITOR }

  private final Audience audience;
  private final String template;

  NoticeKind(Audience audience, String template) {
    this.audience = audience;
    this.template = template;
  }

  public Audience audience() {
    return audience;
  }

  public String template() {
    return template;
  }
}
