package org.safar.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * What a right password leads to. An account with two-factor sign-in on is held at the code page;
 * one whose roles require it but that has none yet is held at setting it up. Everyone else is
 * signed in and goes where they were going.
 */
@Component
class PasswordAccepted implements AuthenticationSuccessHandler {

  private final TwoFactor twoFactor;
  private final SecondFactorSignIn signIn;

  PasswordAccepted(TwoFactor twoFactor, SecondFactorSignIn signIn) {
    this.twoFactor = twoFactor;
    this.signIn = signIn;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (!(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
      signIn.redirectOnward(request, response);
      return;
    }
    PendingSignIn.Stage stage =
        twoFactor.enabled(principal.accountId())
            ? PendingSignIn.Stage.CODE
            : twoFactor.requiredFor(principal.roles()) ? PendingSignIn.Stage.ENROL : null;
    if (stage == null) {
      signIn.redirectOnward(request, response);
      return;
    }
    signIn.hold(principal, stage, request, response);
    response.sendRedirect(
        request.getContextPath()
            + (stage == PendingSignIn.Stage.CODE
                ? PendingSignIn.CODE_PATH
                : PendingSignIn.ENROL_PATH));
  }
}
