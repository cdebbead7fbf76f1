package org.safar.counselling;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The intake API answers to bearer tokens, not sessions: no cookie, no CSRF (nothing a browser
 * sends on its own can authenticate), and errors as Problem Details.
 */
@Configuration(proxyBeanMethods = false)
class IntakeApiSecurity {

  static final String ROLE = "INTAKE";

  @Bean
  @Order(1)
  SecurityFilterChain intakeApi(HttpSecurity http, IntakeTokens tokens) throws Exception {
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .addFilterBefore(new BearerTokenFilter(tokens), AuthorizationFilter.class)
        .authorizeHttpRequests(a -> a.anyRequest().hasRole(ROLE))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            Problems.write(
                                response,
                                401,
                                "unauthorized",
                                "Missing or invalid token",
                                "Send 'Authorization: Bearer <token>' with a token the MRC issued."))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            Problems.write(response, 403, "forbidden", "Not allowed", null)));
    return http.build();
  }

  /** Turns a live intake token into the request's caller. */
  static final class BearerTokenFilter extends OncePerRequestFilter {
    private final IntakeTokens tokens;

    BearerTokenFilter(IntakeTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String header = request.getHeader("Authorization");
      if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        tokens
            .authenticate(header.substring(7).trim())
            .ifPresent(
                caller ->
                    SecurityContextHolder.getContext()
                        .setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(
                                caller,
                                null,
                                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)))));
      }
      chain.doFilter(request, response);
    }
  }
}
