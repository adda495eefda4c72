package vn.gov.vhcv.desk.casefile;

/** The person who sent a report. Confidential: never in process variables, mails to the official's side or logs. */
public record Complainant(String fullName, String phone, String email, String address) {

  @Override
  public String toString() {
    return "Complainant[confidential]";
  }
}
