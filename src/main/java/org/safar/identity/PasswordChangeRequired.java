package org.safar.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Someone whose password was reset by an administrator chooses their own before going on. */
@Component
class PasswordChangeRequired implements HandlerInterceptor, WebMvcConfigurer {

  static final String CHANGE_PATH = "/profile/password";

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(this)
        .excludePathPatterns(
            CHANGE_PATH, "/logout", "/login", "/error", "/css/**", "/js/**", "/webjars/**");
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws Exception {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && auth.getPrincipal() instanceof StaffPrincipal principal
        && principal.mustChangePassword()) {
      response.sendRedirect(request.getContextPath() + CHANGE_PATH);
      return false;
    }
    return true;
  }
}
