package vn.gov.vhcv.desk.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff login page ({@code /login}); the form posts to Spring Security's login handler. */
@Controller
public class LoginPage {

  @GetMapping("/login")
  public String login() {
    return "login";
  }
}
