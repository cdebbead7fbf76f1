package org.safar.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP) and one-time recovery codes: setting it up,
 * the code step of signing in, new recovery codes, and turning it off. Every change to it asks for
 * a current code (or a recovery code), and wrong codes count towards the account's lockout.
 */
@Service
public class TwoFactor {

  static final String ISSUER = "Safar";
  private static final int SECRET_BYTES = 20; // 160 bits, as RFC 4226 recommends

  private final TwoFactorRepository repository;
  private final AccountRepository accounts;
  private final SecondFactorCheck check;
  private final SecretCipher cipher;
  private final TwoFactorSettings settings;
  private final AuditLog audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  TwoFactor(
      TwoFactorRepository repository,
      AccountRepository accounts,
      SecondFactorCheck check,
      SecretCipher cipher,
      TwoFactorSettings settings,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.accounts = accounts;
    this.check = check;
    this.cipher = cipher;
    this.settings = settings;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether holders of these roles must sign in with a code. */
  public boolean requiredFor(Set<Role> roles) {
    return settings.requiredFor(roles);
  }

  @Transactional(readOnly = true)
  public boolean enabled(long accountId) {
    return repository.enabled(accountId);
  }

  @Transactional(readOnly = true)
  public TwoFactorStatus status(long accountId) {
    Account account =
        accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    return repository
        .find(accountId)
        .map(
            s ->
                new TwoFactorStatus(
                    true,
                    requiredFor(account.roles()),
                    s.enabledAt(),
                    repository.unusedCodes(accountId)))
        .orElseGet(() -> new TwoFactorStatus(false, requiredFor(account.roles()), null, 0));
  }

  /** A new random secret to set up, shown as text and as a QR code. */
  public Enrolment startEnrolment(long accountId, String username) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return enrolment(accountId, username, secret);
  }

  /** The same secret again, after a wrong first code, so the app need not be set up twice. */
  public Enrolment resumeEnrolment(long accountId, String username, String token) {
    byte[] secret = secretFrom(accountId, token);
    return secret == null
        ? startEnrolment(accountId, username)
        : enrolment(accountId, username, secret);
  }

  /**
   * Switches two-factor sign-in on once the first code from the app proves it was set up right, and
   * returns ten recovery codes to show once. Replacing an authenticator that is on already asks for
   * a current code (or a recovery code) too.
   */
  @Transactional
  public List<String> enable(long accountId, String token, String code, String currentCode) {
    boolean replacing = repository.enabled(accountId);
    if (replacing) {
      requireCurrentCode(accountId, currentCode);
    }
    byte[] secret = secretFrom(accountId, token);
    if (secret == null) {
      throw new InvalidAccountException("code", "twoFactor.error.setupExpired");
    }
    OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
    if (step.isEmpty()) {
      throw new InvalidAccountException("code", "twoFactor.error.setupCode");
    }
    List<String> codes = RecoveryCodes.generate();
    repository.enable(
        accountId,
        cipher.encrypt(secret, secretBinding(accountId)),
        step.getAsLong(),
        RecoveryCodes.hashes(codes));
    audit.record(
        "TWO_FACTOR_ENABLED", "account", accountId, replacing ? "new authenticator" : null);
    return codes;
  }

  /**
   * The code step of signing in. A right code counts as the successful sign-in (the failure count
   * is cleared only now, not after the password alone).
   */
  @Transactional
  public CodeCheck signIn(long accountId, String code) {
    CodeCheck result = check.check(accountId, code, "SIGN_IN_FAILED");
    if (result.isAccepted()) {
      Account account = accounts.findById(accountId).orElseThrow();
      accounts.recordSuccess(account.username());
      audit.record("SIGNED_IN", "account", accountId, "with two-factor code");
    }
    return result;
  }

  /** Ten new recovery codes to show once; the earlier ones stop working. */
  @Transactional
  public List<String> regenerateRecoveryCodes(long accountId, String currentCode) {
    requireCurrentCode(accountId, currentCode);
    List<String> codes = RecoveryCodes.generate();
    repository.replaceCodes(accountId, RecoveryCodes.hashes(codes));
    audit.record("TWO_FACTOR_RECOVERY_CODES_RENEWED", "account", accountId, null);
    return codes;
  }

  /** Turns two-factor sign-in off, for a person whose roles do not require it. */
  @Transactional
  public void disable(long accountId, String currentCode) {
    Account account =
        accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    if (requiredFor(account.roles())) {
      throw new InvalidAccountException("currentCode", "twoFactor.error.required");
    }
    requireCurrentCode(accountId, currentCode);
    repository.delete(accountId);
    audit.record("TWO_FACTOR_DISABLED", "account", accountId, null);
  }

  private void requireCurrentCode(long accountId, String currentCode) {
    if (!repository.enabled(accountId)) {
      throw new InvalidAccountException("currentCode", "twoFactor.error.off");
    }
    CodeCheck result = check.check(accountId, currentCode, "TWO_FACTOR_CODE_REFUSED");
    if (result.result() == CodeCheck.Result.START_AGAIN) {
      throw new InvalidAccountException("currentCode", "twoFactor.error.tooMany");
    }
    if (!result.isAccepted()) {
      throw new InvalidAccountException("currentCode", "twoFactor.error.currentCode");
    }
  }

  private Enrolment enrolment(long accountId, String username, byte[] secret) {
    String base32 = Base32.encode(secret);
    String uri =
        "otpauth://totp/"
            + ISSUER
            + ":"
            + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20")
            + "?secret="
            + base32
            + "&issuer="
            + ISSUER
            + "&algorithm=SHA1&digits="
            + Totp.DIGITS
            + "&period="
            + Totp.STEP_SECONDS;
    String token =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(cipher.encrypt(secret, enrolmentBinding(accountId)));
    return new Enrolment(
        String.join(" ", base32.split("(?<=\\G.{4})")), uri, QrCode.svgDataUri(uri), token);
  }

  /** The secret the form carried, or null when it was altered or is for another account. */
  private byte[] secretFrom(long accountId, String token) {
    try {
      return cipher.decrypt(
          Base64.getUrlDecoder().decode(token == null ? "" : token), enrolmentBinding(accountId));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return null;
    }
  }

  static String secretBinding(long accountId) {
    return "two-factor secret of account " + accountId;
  }

  private static String enrolmentBinding(long accountId) {
    return "two-factor enrolment of account " + accountId;
  }
}
