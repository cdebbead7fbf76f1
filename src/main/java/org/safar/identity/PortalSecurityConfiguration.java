package org.safar.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The public portal ({@code /portal/**}): open to everyone, and no session is ever made for a
 * visitor (a cheap phone should not cost a database row per page). Its forms still carry a CSRF
 * token, kept in a cookie of the portal's own path instead of a session. Same headers and
 * Content-Security-Policy as the staff pages. A staff member's session is not read here: on the
 * portal everyone is a visitor.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

  @Bean
  @Order(2)
  SecurityFilterChain portal(HttpSecurity http) throws Exception {
    CookieCsrfTokenRepository csrf = new CookieCsrfTokenRepository();
    csrf.setCookiePath("/portal");
    csrf.setCookieName("SAFAR_PORTAL_CSRF");
    csrf.setCookieCustomizer(cookie -> cookie.sameSite("Lax").httpOnly(true));
    http.securityMatcher("/portal", "/portal/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(c -> c.csrfTokenRepository(csrf))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(
                        policy ->
                            policy.policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny())
                    .permissionsPolicyHeader(
                        permissions ->
                            permissions.policy("camera=(), microphone=(), geolocation=()")));
    return http.build();
  }
}
