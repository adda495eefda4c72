package vn.gov.vhcv.desk.casefile;

import org.camunda.bpm.engine.identity.User;

/**
 * A staff member's name as Vietnamese write it, family name first ("Nguyễn Thị Thu Trang"). The Camunda webapps show
 * "first name last name", so a user's first name holds the family name and the last name the middle and given names.
 */
public final class StaffNames {

  private StaffNames() {}

  public static String of(User u) {
    String s = ((u.getFirstName() == null ? "" : u.getFirstName()) + " " + (u.getLastName() == null ? "" : u.getLastName()))
        .strip();
    return s.isEmpty() ? u.getId() : s;
  }
}
