package org.safar.identity;

import java.time.Clock;
import java.util.Locale;
import org.safar.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account, locks after too many, and audits every attempt. (Wrong
 * two-factor codes are counted by {@link SecondFactorCheck}.)
 */
@Component
class SignInAttempts {

  private final AccountRepository accounts;
  private final SecuritySettings settings;
  private final AuditLog audit;
  private final Clock clock;
  private final TwoFactorRepository twoFactor;

  SignInAttempts(
      AccountRepository accounts,
      SecuritySettings settings,
      AuditLog audit,
      Clock clock,
      TwoFactorRepository twoFactor) {
    this.accounts = accounts;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
    this.twoFactor = twoFactor;
  }

  @EventListener
  @Transactional
  void failed(AuthenticationFailureBadCredentialsEvent event) {
    String username =
        String.valueOf(event.getAuthentication().getName()).trim().toLowerCase(Locale.ROOT);
    boolean known =
        accounts.recordFailure(
            username, settings.maxFailedLogins(), clock.instant().plus(settings.lockout()));
    // what was typed for an unknown account may be a password typed in the wrong field
    audit.recordAlone(known ? username : "(unknown user)", "SIGN_IN_FAILED", "account", null, null);
  }

  @EventListener
  @Transactional
  void succeeded(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
      if (twoFactor.enabled(principal.accountId())) {
        // only half a sign-in: the failure count stays until the code is right, or someone who
        // knows the password could clear it between guesses at the code
        audit.recordAlone(
            principal.getUsername(),
            "SIGN_IN_PASSWORD_ACCEPTED",
            "account",
            principal.accountId(),
            "two-factor code to follow");
        return;
      }
      accounts.recordSuccess(principal.getUsername());
      audit.recordAlone(
          principal.getUsername(), "SIGNED_IN", "account", principal.accountId(), null);
    }
  }
}
