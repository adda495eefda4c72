package vn.gov.vhcv.desk.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login form (same accounts as Tasklist); Spring Security handles the POST. */
@Controller
public class LoginPageController {

  @GetMapping("/login")
  public String login() {
    return "login";
  }
}
