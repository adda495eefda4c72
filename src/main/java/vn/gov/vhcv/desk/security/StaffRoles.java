package vn.gov.vhcv.desk.security;

import org.springframework.security.core.Authentication;

/** The staff groups of DESIGN.md; a logged-in user's authorities are {@code GROUP_<group id>}. */
public final class StaffRoles {
  public static final String INTAKE = "tiep-nhan";
  public static final String INVESTIGATOR = "xac-minh";
  public static final String LEADER = "lanh-dao";
  public static final String COUNCIL = "hoi-dong-ky-luat";
  public static final String COMMENDATION = "thi-dua-khen-thuong";
  public static final String MONITOR = "giam-sat";
  public static final String ADMIN = "camunda-admin";

  public static final String PREFIX = "GROUP_";

  private StaffRoles() {}

  public static boolean has(Authentication user, String group) {
    return user != null && user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(PREFIX + group));
  }
}
