package org.safar.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Decides what a failed sign-in is told. A wrong password, an unknown name and a disabled account
 * all read the same, so nobody learns which accounts exist; only a locked account is told when it
 * unlocks.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {

  private final AccountRepository accounts;
  private final Clock clock;

  SignInFailureHandler(AccountRepository accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String username = request.getParameter("username");
    String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    Instant now = clock.instant();
    Instant lockedUntil =
        accounts
            .findByUsername(normalised)
            .filter(a -> a.enabled() && a.lockedAt(now))
            .map(Account::lockedUntil)
            .orElse(null);
    request
        .getSession()
        .setAttribute(SignInFailure.SESSION_ATTRIBUTE, new SignInFailure(username, lockedUntil));
    response.sendRedirect(request.getContextPath() + "/login?error");
  }
}
