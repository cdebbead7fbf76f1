package org.safar.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.shell.ResultPage;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's public face: staff accounts as an administrator manages them. An
 * administrator acts only on accounts whose org units lie inside their own scope, and grants only
 * org units inside it.
 */
@Service
public class Accounts {

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final AccountRepository repository;
  private final PasswordEncoder encoder;
  private final OrgUnits orgUnits;
  private final AuditLog audit;
  private final FindByIndexNameSessionRepository<? extends Session> sessions;
  private final TwoFactorRepository twoFactor;

  Accounts(
      AccountRepository repository,
      PasswordEncoder encoder,
      OrgUnits orgUnits,
      AuditLog audit,
      FindByIndexNameSessionRepository<? extends Session> sessions,
      TwoFactorRepository twoFactor) {
    this.repository = repository;
    this.encoder = encoder;
    this.orgUnits = orgUnits;
    this.audit = audit;
    this.sessions = sessions;
    this.twoFactor = twoFactor;
  }

  @Transactional(readOnly = true)
  public long count() {
    return repository.count();
  }

  /** Accounts the signed-in administrator may manage, matching the text and role. */
  @Transactional(readOnly = true)
  public ResultPage<Account> search(String text, Role role, int page, int size) {
    OrgUnitScope scope = orgUnits.currentScope();
    String like = ResultPage.containing(text);
    long total = repository.countSearch(scope.asArray(), scope.global(), like, role);
    List<Account> rows =
        repository.search(scope.asArray(), scope.global(), like, role, size, (long) page * size);
    return new ResultPage<>(rows, page, size, total);
  }

  /** An account the signed-in administrator may manage; others are refused and logged. */
  @Transactional(readOnly = true)
  public Account get(long id) {
    Account account = repository.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
    requireManageable(account, orgUnits.currentScope());
    return account;
  }

  @Transactional
  public Account create(AccountDraft draft, String initialPassword) {
    OrgUnitScope scope = orgUnits.currentScope();
    AccountDraft clean = validate(draft, scope);
    if (repository.findByUsername(clean.username()).isPresent()) {
      throw new InvalidAccountException("username", "account.error.usernameTaken");
    }
    PasswordPolicy.check(initialPassword, clean.username());
    long id =
        repository.insert(
            newAccount(clean, encoder.encode(initialPassword), true), AuditLog.currentActor());
    audit.record("CREATED", "account", id, describe(clean));
    return repository.findById(id).orElseThrow();
  }

  /**
   * Creates an account without a signed-in administrator: the first administrator from
   * configuration, or demo accounts. Their password is final (no change is forced).
   */
  @Transactional
  public Account createInitial(AccountDraft draft, String password) {
    AccountDraft clean = validate(draft, orgUnits.scopeOf(Set.of(orgUnits.network().id())));
    PasswordPolicy.check(password, clean.username());
    long id = repository.insert(newAccount(clean, encoder.encode(password), false), "system");
    audit.record("CREATED", "account", id, describe(clean));
    return repository.findById(id).orElseThrow();
  }

  @Transactional
  public Account update(long id, int version, AccountDraft draft, boolean enabled) {
    OrgUnitScope scope = orgUnits.currentScope();
    Account existing = get(id);
    AccountDraft clean = validate(withUsername(draft, existing.username()), scope);
    if (isSelf(existing) && (!enabled || !clean.roles().contains(Role.ADMINISTRATOR))) {
      throw new InvalidAccountException("roles", "account.error.selfLockout");
    }
    Account changed =
        new Account(
            id,
            existing.username(),
            clean.displayName(),
            clean.email(),
            existing.passwordHash(),
            enabled,
            existing.mustChangePassword(),
            existing.failedLogins(),
            existing.lockedUntil(),
            existing.lastLoginAt(),
            clean.roles(),
            clean.orgUnitIds(),
            version);
    repository.updateDetails(changed, version, AuditLog.currentActor());
    audit.record("UPDATED", "account", id, describe(clean) + (enabled ? "" : " disabled"));
    if (!enabled
        || !existing.roles().equals(clean.roles())
        || !existing.orgUnitIds().equals(clean.orgUnitIds())) {
      endSessions(existing.username());
    }
    return repository.findById(id).orElseThrow();
  }

  @Transactional
  public void setEnabled(long id, boolean enabled) {
    Account account = get(id);
    if (isSelf(account) && !enabled) {
      throw new InvalidAccountException("enabled", "account.error.selfLockout");
    }
    repository.setEnabled(id, enabled, AuditLog.currentActor());
    audit.record(enabled ? "ENABLED" : "DISABLED", "account", id, account.username());
    if (!enabled) {
      endSessions(account.username());
    }
  }

  /** Sets a temporary password that the person must replace at their next sign-in. */
  @Transactional
  public void resetPassword(long id, String temporaryPassword) {
    Account account = get(id);
    PasswordPolicy.check(temporaryPassword, account.username());
    repository.setPassword(id, encoder.encode(temporaryPassword), true, AuditLog.currentActor());
    audit.record("PASSWORD_RESET", "account", id, account.username());
    endSessions(account.username());
  }

  /**
   * Removes the authenticator and recovery codes of someone who lost them. They are signed out; if
   * their roles require two-factor sign-in, they set up a new authenticator at their next sign-in.
   * Administrators change their own from their account page instead.
   */
  @Transactional
  public void resetTwoFactor(long id) {
    Account account = get(id);
    if (isSelf(account)) {
      throw new InvalidAccountException("twoFactor", "account.error.selfTwoFactorReset");
    }
    twoFactor.delete(id);
    audit.record("TWO_FACTOR_RESET", "account", id, account.username());
    endSessions(account.username());
  }

  /** The signed-in person replaces their own password, proving they know the current one. */
  @Transactional
  public Account changeOwnPassword(long accountId, String current, String replacement) {
    Account account =
        repository.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
    if (current == null || !encoder.matches(current, account.passwordHash())) {
      throw new InvalidAccountException("currentPassword", "account.error.currentPassword");
    }
    PasswordPolicy.check(replacement, account.username());
    if (encoder.matches(replacement, account.passwordHash())) {
      throw new InvalidAccountException("newPassword", "account.error.passwordUnchanged");
    }
    repository.setPassword(accountId, encoder.encode(replacement), false, account.username());
    audit.record("PASSWORD_CHANGED", "account", accountId, account.username());
    return repository.findById(accountId).orElseThrow();
  }

  /** Enabled staff holding one of the roles at one of the org units, for assigning work. */
  @Transactional(readOnly = true)
  public List<StaffMember> staffAt(Set<Long> orgUnitIds, Set<Role> roles) {
    return repository.staffAt(orgUnitIds, roles);
  }

  /** Display names of accounts, for showing who did or owns something. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> names(java.util.Collection<Long> accountIds) {
    return repository.names(accountIds);
  }

  /** A fresh principal for the signed-in person, after their own account changed. */
  @Transactional(readOnly = true)
  public StaffPrincipal reload(long accountId) {
    return new StaffPrincipal(
        repository.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId)));
  }

  private void requireManageable(Account account, OrgUnitScope scope) {
    boolean inScope =
        scope.global()
            || (!account.orgUnitIds().isEmpty() && scope.containsAll(account.orgUnitIds()));
    if (!inScope) {
      audit.accessDenied("account", account.id());
      throw new OutOfScopeException("account " + account.id());
    }
  }

  private AccountDraft validate(AccountDraft d, OrgUnitScope scope) {
    String username = d.username() == null ? "" : d.username().trim().toLowerCase(Locale.ROOT);
    if (!USERNAME.matcher(username).matches()) {
      throw new InvalidAccountException("username", "account.error.username");
    }
    String name = d.displayName() == null ? "" : d.displayName().trim();
    if (name.isEmpty() || name.length() > 120) {
      throw new InvalidAccountException("displayName", "account.error.displayName");
    }
    String email = d.email() == null || d.email().isBlank() ? null : d.email().trim();
    if (email != null && (!EMAIL.matcher(email).matches() || email.length() > 200)) {
      throw new InvalidAccountException("email", "account.error.email");
    }
    if (d.roles() == null || d.roles().isEmpty()) {
      throw new InvalidAccountException("roles", "account.error.roles");
    }
    if (d.orgUnitIds() == null || d.orgUnitIds().isEmpty()) {
      throw new InvalidAccountException("orgUnitIds", "account.error.orgUnits");
    }
    if (!scope.containsAll(d.orgUnitIds())) {
      throw new InvalidAccountException("orgUnitIds", "account.error.orgUnitsOutOfScope");
    }
    return new AccountDraft(
        username, name, email, EnumSet.copyOf(d.roles()), Set.copyOf(d.orgUnitIds()));
  }

  private static AccountDraft withUsername(AccountDraft d, String username) {
    return new AccountDraft(username, d.displayName(), d.email(), d.roles(), d.orgUnitIds());
  }

  private static Account newAccount(AccountDraft d, String hash, boolean mustChange) {
    return new Account(
        null,
        d.username(),
        d.displayName(),
        d.email(),
        hash,
        true,
        mustChange,
        0,
        null,
        null,
        d.roles(),
        d.orgUnitIds(),
        0);
  }

  private void endSessions(String username) {
    sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
  }

  private static boolean isSelf(Account account) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && account.username().equals(auth.getName());
  }

  private static String describe(AccountDraft d) {
    return d.username() + " roles=" + d.roles() + " orgUnits=" + d.orgUnitIds();
  }
}
