package org.safar.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.safar.identity.InvalidAccountException;
import org.safar.identity.PendingSignIn;
import org.safar.identity.SecondFactorSignIn;
import org.safar.identity.StaffPrincipal;
import org.safar.identity.TwoFactor;
import org.safar.identity.TwoFactorStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own two-factor sign-in: setting up an authenticator (also as the required step right
 * after the password), new recovery codes, turning it off.
 */
@Controller
@RequestMapping("/profile/two-factor")
class TwoFactorController {

  private final TwoFactor twoFactor;
  private final SecondFactorSignIn signIn;

  TwoFactorController(TwoFactor twoFactor, SecondFactorSignIn signIn) {
    this.twoFactor = twoFactor;
    this.signIn = signIn;
  }

  /** Who is setting up: a signed-in person, or one held at this step after their password. */
  private record Person(long accountId, String username, PendingSignIn pending) {

    static Person of(Authentication authentication) {
      if (authentication instanceof PendingSignIn p && p.stage() == PendingSignIn.Stage.ENROL) {
        return new Person(p.accountId(), p.username(), p);
      }
      if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me) {
        return new Person(me.accountId(), me.getUsername(), null);
      }
      throw new IllegalStateException("Nobody to set up two-factor sign-in for");
    }
  }

  @GetMapping("/setup")
  String setup(Authentication authentication, Model model) {
    Person person = Person.of(authentication);
    model.addAttribute(
        "enrolment", twoFactor.startEnrolment(person.accountId(), person.username()));
    return setupPage(person, model);
  }

  @PostMapping("/setup")
  String confirm(
      Authentication authentication,
      @RequestParam String token,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String currentCode,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    Person person = Person.of(authentication);
    List<String> codes;
    try {
      codes = twoFactor.enable(person.accountId(), token, code, currentCode);
    } catch (InvalidAccountException e) {
      model.addAttribute(
          "enrolment", twoFactor.resumeEnrolment(person.accountId(), person.username(), token));
      model.addAttribute("problemField", e.field());
      model.addAttribute("problem", e.messageKey());
      return setupPage(person, model);
    }
    if (person.pending() != null) {
      signIn.complete(person.pending(), request, response);
    }
    return codesPage(codes, person.pending() != null ? "/" : "/profile", model);
  }

  @GetMapping("/recovery-codes")
  String confirmRenewal(Authentication authentication, Model model) {
    return confirmPage("renew", model);
  }

  @PostMapping("/recovery-codes")
  String renew(
      Authentication authentication,
      @RequestParam(required = false) String currentCode,
      Model model) {
    Person person = Person.of(authentication);
    try {
      return codesPage(
          twoFactor.regenerateRecoveryCodes(person.accountId(), currentCode), "/profile", model);
    } catch (InvalidAccountException e) {
      model.addAttribute("problem", e.messageKey());
      return confirmPage("renew", model);
    }
  }

  @GetMapping("/disable")
  String confirmDisable(Authentication authentication, Model model) {
    return confirmPage("disable", model);
  }

  @PostMapping("/disable")
  String disable(
      Authentication authentication,
      @RequestParam(required = false) String currentCode,
      Model model,
      RedirectAttributes redirect) {
    Person person = Person.of(authentication);
    try {
      twoFactor.disable(person.accountId(), currentCode);
    } catch (InvalidAccountException e) {
      model.addAttribute("problem", e.messageKey());
      return confirmPage("disable", model);
    }
    redirect.addFlashAttribute("saved", "twoFactor.saved.disabled");
    return "redirect:/profile";
  }

  private String setupPage(Person person, Model model) {
    TwoFactorStatus status = twoFactor.status(person.accountId());
    model.addAttribute("held", person.pending() != null);
    model.addAttribute("replacing", status.enabled());
    return "identity/two-factor-setup";
  }

  private String codesPage(List<String> codes, String continueTo, Model model) {
    model.addAttribute("codes", codes);
    model.addAttribute("continueTo", continueTo);
    return "identity/two-factor-codes";
  }

  private String confirmPage(String action, Model model) {
    model.addAttribute("action", action);
    return "identity/two-factor-confirm";
  }
}
