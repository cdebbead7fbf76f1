package org.safar.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a half-signed-in session (password right, second step to come) on its step's page: every
 * other request is sent there. It runs in the security chain before authorisation, so it covers
 * every URL, not only those that reach a controller.
 */
class SecondFactorGate extends OncePerRequestFilter {

  /** Reachable at every step: signing out, static files, the error page. */
  private static final List<String> ALWAYS =
      List.of("/logout", "/error", "/favicon.ico", "/css/", "/js/", "/webjars/");

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      boolean allowed =
          path.equals(pending.path())
              || ALWAYS.stream()
                  .anyMatch(a -> a.endsWith("/") ? path.startsWith(a) : path.equals(a));
      if (!allowed) {
        response.sendRedirect(request.getContextPath() + pending.path());
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
