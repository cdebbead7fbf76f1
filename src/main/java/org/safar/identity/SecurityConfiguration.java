package org.safar.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Everything needs a signed-in staff member except the sign-in page, static
 * files and the error page. A person whose password was right but whose second step (a two-factor
 * code, or setting up an authenticator) is still to come reaches only that step's page. CSRF is on
 * for every form; the Content-Security-Policy allows no inline script or style and nothing from
 * another host.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
class SecurityConfiguration {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Bean
  SecurityFilterChain staff(
      HttpSecurity http,
      SignInFailureHandler failureHandler,
      PasswordAccepted passwordAccepted,
      SignInRateLimit rateLimit)
      throws Exception {
    http.addFilterBefore(
            new SignInRateLimitFilter(rateLimit), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/login",
                        "/css/**",
                        "/js/**",
                        "/webjars/**",
                        "/favicon.ico",
                        "/error",
                        "/v3/api-docs",
                        "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/accounts/**")
                    .hasRole(Role.ADMINISTRATOR.name())
                    .requestMatchers("/audit/**", "/audit")
                    .hasAnyRole(Role.ADMINISTRATOR.name(), Role.DATA_PROTECTION_OFFICER.name())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .failureHandler(failureHandler)
                    .successHandler(passwordAccepted)
                    .permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?signedOut").permitAll())
        .securityContext(context -> context.securityContextRepository(securityContextRepository()))
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .frameOptions(frame -> frame.deny())
                    .permissionsPolicyHeader(
                        permissions ->
                            permissions.policy("camera=(), microphone=(), geolocation=()")));
    return http.build();
  }

  @Bean
  SecurityContextRepository securityContextRepository() {
    return new HttpSessionSecurityContextRepository();
  }

  /** bcrypt today, with the algorithm stored beside each hash so it can change later. */
  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
