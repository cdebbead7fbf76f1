package org.safar.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.safar.orgunits.ScopedPrincipal;
import org.safar.shell.SignedInPerson;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the session keeps it (serialised into PostgreSQL, so it holds only
 * plain values).
 */
public final class StaffPrincipal
    implements UserDetails, CredentialsContainer, ScopedPrincipal, SignedInPerson, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long accountId;
  private final String username;
  private final String displayName;
  private String passwordHash;
  private final boolean enabled;
  private final Instant lockedUntil;
  private final boolean mustChangePassword;
  private final Set<Role> roles;
  private final Set<Long> orgUnitIds;

  StaffPrincipal(Account account) {
    this.accountId = account.id();
    this.username = account.username();
    this.displayName = account.displayName();
    this.passwordHash = account.passwordHash();
    this.enabled = account.enabled();
    this.lockedUntil = account.lockedUntil();
    this.mustChangePassword = account.mustChangePassword();
    this.roles = Set.copyOf(account.roles());
    this.orgUnitIds = Set.copyOf(account.orgUnitIds());
  }

  public long accountId() {
    return accountId;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  public Set<Role> roles() {
    return roles;
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  @Override
  public Set<Long> orgUnitIds() {
    return orgUnitIds;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    List<GrantedAuthority> authorities =
        roles.stream()
            .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
            .toList();
    return authorities;
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffPrincipal p && p.accountId == accountId;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(accountId);
  }

  @Override
  public String toString() {
    return "StaffPrincipal[" + username + "]";
  }
}
