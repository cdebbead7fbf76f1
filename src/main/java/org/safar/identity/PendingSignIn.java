package org.safar.identity;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.FactorGrantedAuthority;

/**
 * A sign-in whose password was right but whose second step is still to come: entering a code, or
 * setting up an authenticator first. It holds only the password factor's authority and none of the
 * account's roles, and its principal is not a {@link StaffPrincipal}, so nothing that looks for a
 * staff member, a role or a scope finds one; {@code SecondFactorGate} sends every request to the
 * step's page.
 */
public final class PendingSignIn extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  public static final String CODE_PATH = "/login/code";
  public static final String ENROL_PATH = "/profile/two-factor/setup";

  /** What is still to do. */
  public enum Stage {
    /** Enter a code from the authenticator app (or a recovery code). */
    CODE,
    /** The account's roles require two-factor sign-in and none is set up: set it up now. */
    ENROL
  }

  private final long accountId;
  private final String username;
  private final Stage stage;

  PendingSignIn(long accountId, String username, Stage stage) {
    super(List.of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
    this.accountId = accountId;
    this.username = username;
    this.stage = stage;
    setAuthenticated(true);
  }

  public long accountId() {
    return accountId;
  }

  public String username() {
    return username;
  }

  public Stage stage() {
    return stage;
  }

  /** Where the person has to go before anything else. */
  public String path() {
    return stage == Stage.CODE ? CODE_PATH : ENROL_PATH;
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return username;
  }

  @Override
  public String getName() {
    return username;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PendingSignIn p
        && p.accountId == accountId
        && p.stage == stage
        && super.equals(o);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId) * 31 + stage.hashCode();
  }
}
