package org.safar.identity.web;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.safar.identity.Accounts;
import org.safar.identity.SignInFailure;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. */
@Controller
class LoginController {

  private final Accounts accounts;

  LoginController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/login")
  String login(Authentication authentication, HttpSession session, Model model, Locale locale) {
    if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    if (session.getAttribute(SignInFailure.SESSION_ATTRIBUTE) instanceof SignInFailure f) {
      session.removeAttribute(SignInFailure.SESSION_ATTRIBUTE);
      model.addAttribute("username", f.username());
      if (f.lockedUntil() != null) {
        model.addAttribute(
            "lockedUntil",
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(ZoneOffset.UTC)
                    .format(f.lockedUntil())
                + " UTC");
        model.addAttribute(
            "lockedMinutes",
            Math.max(1, Duration.between(Instant.now(), f.lockedUntil()).toMinutes() + 1));
      } else {
        model.addAttribute("badCredentials", true);
      }
    }
    model.addAttribute("noAccounts", accounts.count() == 0);
    return "identity/login";
  }
}
