package vn.gov.vhcv.desk.notification;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Cài đặt nhận thông báo" ({@code /staff/notifications}, any staff login, CSRF-protected form): whether the
 * signed-in user gets "việc đang chờ" as one mail per new task (default) or as one digest every working morning.
 */
@Controller
public class NoticeSettingsPage {

  static final String PER_TASK = "PER_TASK";
  static final String DAILY_DIGEST = "DAILY_DIGEST";

  private final WorkDigestPreferences preferences;

  public NoticeSettingsPage(WorkDigestPreferences preferences) {
    this.preferences = preferences;
  }

  @GetMapping("/staff/notifications")
  public String show(Authentication user, Model model) {
    model.addAttribute("userName", user.getName());
    model.addAttribute("choice", preferences.wantsDigest(user.getName()) ? DAILY_DIGEST : PER_TASK);
    return "staff/notifications";
  }

  @PostMapping("/staff/notifications")
  public ModelAndView save(Authentication user, @RequestParam(name = "workWaiting", required = false) String choice) {
    if (!PER_TASK.equals(choice) && !DAILY_DIGEST.equals(choice)) {
      ModelAndView page = new ModelAndView("staff/notifications", HttpStatus.BAD_REQUEST);
      page.addObject("userName", user.getName());
      page.addObject("choice", preferences.wantsDigest(user.getName()) ? DAILY_DIGEST : PER_TASK);
      page.addObject("error", "Chọn một trong hai cách nhận thông báo việc đang chờ.");
      return page;
    }
    preferences.set(user.getName(), DAILY_DIGEST.equals(choice));
    return new ModelAndView("redirect:/staff/notifications?saved");
  }
}
