package org.safar.identity.web;

import org.safar.identity.StaffPrincipal;
import org.safar.identity.TwoFactor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in person's own account: who they are, their password and two-factor sign-in. */
@Controller
class ProfileController {

  private final TwoFactor twoFactor;

  ProfileController(TwoFactor twoFactor) {
    this.twoFactor = twoFactor;
  }

  @GetMapping("/profile")
  String show(@AuthenticationPrincipal StaffPrincipal me, Model model) {
    model.addAttribute("me", me);
    model.addAttribute("twoFactor", twoFactor.status(me.accountId()));
    return "identity/profile";
  }
}
