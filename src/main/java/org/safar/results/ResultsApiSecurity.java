package org.safar.results;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.safar.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The indicator API is for signed-in staff: it reads the session a browser already has (the intake
 * API's chain, which answers only to bearer tokens, covers the rest of {@code /api/**}). It never
 * creates a session, and answers a missing or insufficient sign-in with a Problem.
 */
@Configuration(proxyBeanMethods = false)
class ResultsApiSecurity {

  static final String[] PATHS = {"/api/v1/indicators/**", "/api/v1/frameworks/**"};

  @Bean
  @Order(0)
  SecurityFilterChain resultsApi(HttpSecurity http) throws Exception {
    http.securityMatcher(PATHS)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .requestCache(cache -> cache.disable())
        .authorizeHttpRequests(
            a ->
                a.anyRequest()
                    .hasAnyRole(
                        Role.ME_OFFICER.name(),
                        Role.PROGRAMME_MANAGER.name(),
                        Role.ADMINISTRATOR.name(),
                        Role.VIEWER.name()))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            problem(response, 401, "unauthorized", "Sign in first"))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            problem(response, 403, "forbidden", "Not allowed")));
    return http.build();
  }

  private static void problem(HttpServletResponse response, int status, String name, String title)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"urn:safar:problem:"
                + name
                + "\",\"title\":\""
                + title
                + "\",\"status\":"
                + status
                + "}");
  }
}
