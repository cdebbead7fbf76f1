package org.safar.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 to sign-in attempts (passwords and two-factor codes) beyond the per-address limit,
 * before anything is checked.
 */
class SignInRateLimitFilter extends OncePerRequestFilter {

  private final SignInRateLimit limit;

  SignInRateLimitFilter(SignInRateLimit limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean signIn =
        "POST".equals(request.getMethod())
            && ("/login".equals(path) || PendingSignIn.CODE_PATH.equals(path));
    if (signIn && !limit.tryAcquire(request.getRemoteAddr())) {
      response.setHeader("Retry-After", "300");
      response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
      return;
    }
    chain.doFilter(request, response);
  }
}
