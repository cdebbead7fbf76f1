package org.safar.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safar.identity.CodeCheck;
import org.safar.identity.PendingSignIn;
import org.safar.identity.SecondFactorSignIn;
import org.safar.identity.TwoFactor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
@Controller
class SecondFactorController {

  private final TwoFactor twoFactor;
  private final SecondFactorSignIn signIn;

  SecondFactorController(TwoFactor twoFactor, SecondFactorSignIn signIn) {
    this.twoFactor = twoFactor;
    this.signIn = signIn;
  }

  @GetMapping(PendingSignIn.CODE_PATH)
  String form(Authentication authentication) {
    return pending(authentication) == null ? "redirect:/" : "identity/login-code";
  }

  @PostMapping(PendingSignIn.CODE_PATH)
  String submit(
      Authentication authentication,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String recoveryCode,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException, ServletException {
    PendingSignIn pending = pending(authentication);
    if (pending == null) {
      return "redirect:/";
    }
    boolean recovery = recoveryCode != null && !recoveryCode.isBlank();
    CodeCheck result = twoFactor.signIn(pending.accountId(), recovery ? recoveryCode : code);
    switch (result.result()) {
      case ACCEPTED -> {
        signIn.complete(pending, request, response);
        signIn.redirectOnward(request, response);
        return null;
      }
      case START_AGAIN -> {
        signIn.startAgain(pending.username(), result.lockedUntil(), request, response);
        return null;
      }
      default -> {
        model.addAttribute(recovery ? "recoveryProblem" : "codeProblem", true);
        return "identity/login-code";
      }
    }
  }

  private static PendingSignIn pending(Authentication authentication) {
    return authentication instanceof PendingSignIn p && p.stage() == PendingSignIn.Stage.CODE
        ? p
        : null;
  }
}
