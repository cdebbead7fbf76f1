package org.safar.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import org.safar.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a typed code against an account: six digits are an authenticator code, anything else a
 * recovery code. A right code is used up (a time step once, a recovery code once); a wrong one
 * counts as a failed sign-in, so guessing codes meets the same lockout as guessing passwords. It
 * runs in a transaction of its own, so a failure is counted even when the caller's change is then
 * refused and rolled back.
 */
@Component
class SecondFactorCheck {

  private static final Logger log = LoggerFactory.getLogger(SecondFactorCheck.class);

  private final AccountRepository accounts;
  private final TwoFactorRepository twoFactor;
  private final SecretCipher cipher;
  private final SecuritySettings security;
  private final AuditLog audit;
  private final Clock clock;

  SecondFactorCheck(
      AccountRepository accounts,
      TwoFactorRepository twoFactor,
      SecretCipher cipher,
      SecuritySettings security,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.twoFactor = twoFactor;
    this.cipher = cipher;
    this.security = security;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * @param failureAction the audit action a wrong code is recorded as
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  CodeCheck check(long accountId, String typed, String failureAction) {
    Instant now = clock.instant();
    Account account = accounts.findById(accountId).orElse(null);
    if (account == null || !account.enabled()) {
      return CodeCheck.startAgain(null);
    }
    accounts.clearExpiredLock(account.username(), now);
    if (account.lockedAt(now)) {
      return CodeCheck.startAgain(account.lockedUntil());
    }
    TwoFactorRepository.Stored stored = twoFactor.find(accountId).orElse(null);
    if (stored == null) {
      return CodeCheck.startAgain(null);
    }
    String input = typed == null ? "" : typed.strip();
    if (input.replaceAll("\\s", "").matches("\\d{" + Totp.DIGITS + "}")) {
      OptionalLong step = matchingStep(accountId, stored, input, now);
      if (step.isPresent() && twoFactor.claimStep(accountId, step.getAsLong())) {
        return CodeCheck.accepted();
      }
    } else if (!input.isEmpty() && twoFactor.useCode(accountId, RecoveryCodes.hash(input), now)) {
      audit.record(
          "TWO_FACTOR_RECOVERY_CODE_USED",
          "account",
          accountId,
          twoFactor.unusedCodes(accountId) + " recovery codes left");
      return CodeCheck.accepted();
    }
    accounts.recordFailure(
        account.username(), security.maxFailedLogins(), now.plus(security.lockout()));
    audit.record(failureAction, "account", accountId, "wrong two-factor code");
    Account after = accounts.findById(accountId).orElseThrow();
    return after.lockedAt(now) ? CodeCheck.startAgain(after.lockedUntil()) : CodeCheck.wrong();
  }

  /**
   * A secret that no longer decrypts (the key was replaced or lost) matches no code; recovery
   * codes, stored as hashes, still work, so the person can sign in and set up the app again.
   */
  private OptionalLong matchingStep(
      long accountId, TwoFactorRepository.Stored stored, String input, Instant now) {
    try {
      byte[] secret = cipher.decrypt(stored.secretEncrypted(), TwoFactor.secretBinding(accountId));
      return Totp.matchingStep(secret, input, now);
    } catch (IllegalStateException | IllegalArgumentException e) {
      log.error(
          "The two-factor secret of account {} does not decrypt: {}", accountId, e.getMessage());
      return OptionalLong.empty();
    }
  }
}
