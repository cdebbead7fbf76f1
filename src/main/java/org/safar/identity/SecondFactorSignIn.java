package org.safar.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Moves a session between the steps of signing in: held after the password, fully signed in after
 * the code (or after setting up an authenticator), or back to the sign-in page.
 */
@Component
public class SecondFactorSignIn {

  private final Accounts accounts;
  private final SecurityContextRepository contexts;
  private final SavedRequestAwareAuthenticationSuccessHandler onward;

  SecondFactorSignIn(Accounts accounts, SecurityContextRepository contexts) {
    this.accounts = accounts;
    this.contexts = contexts;
    this.onward = new SavedRequestAwareAuthenticationSuccessHandler();
    this.onward.setDefaultTargetUrl("/");
  }

  /** After the password: the session holds the person at the second step, with no role yet. */
  void hold(
      StaffPrincipal principal,
      PendingSignIn.Stage stage,
      HttpServletRequest request,
      HttpServletResponse response) {
    save(
        new PendingSignIn(principal.accountId(), principal.getUsername(), stage),
        request,
        response);
  }

  /**
   * The second step is done: the session gets the account's roles and scope, under a new session id
   * (so an id seen before this moment is worth nothing).
   */
  public void complete(
      PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
    StaffPrincipal fresh = accounts.reload(pending.accountId());
    fresh.eraseCredentials();
    request.changeSessionId();
    save(
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()),
        request,
        response);
  }

  /** Redirects to the page that sent the person to sign in, or to the start page. */
  public void redirectOnward(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    onward.onAuthenticationSuccess(
        request, response, SecurityContextHolder.getContext().getAuthentication());
  }

  /**
   * Ends the half sign-in and sends the person to the sign-in page, which says when a locked
   * account unlocks (or, with no time, just that the sign-in failed).
   */
  public void startAgain(
      String username,
      Instant lockedUntil,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    SecurityContext empty = SecurityContextHolder.createEmptyContext();
    SecurityContextHolder.setContext(empty);
    contexts.saveContext(empty, request, response);
    request
        .getSession()
        .setAttribute(SignInFailure.SESSION_ATTRIBUTE, new SignInFailure(username, lockedUntil));
    response.sendRedirect(request.getContextPath() + "/login?error");
  }

  private void save(
      Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
  }
}
