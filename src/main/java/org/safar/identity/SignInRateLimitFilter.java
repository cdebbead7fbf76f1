package org.safar.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 429 to sign-in attempts beyond the per-address limit, before any password is checked. */
class SignInRateLimitFilter extends OncePerRequestFilter {

  private final SignInRateLimit limit;

  SignInRateLimitFilter(SignInRateLimit limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean signIn =
        "POST".equals(request.getMethod())
            && (request.getContextPath() + "/login").equals(request.getRequestURI());
    if (signIn && !limit.tryAcquire(request.getRemoteAddr())) {
      response.setHeader("Retry-After", "300");
      response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
      return;
    }
    chain.doFilter(request, response);
  }
}
