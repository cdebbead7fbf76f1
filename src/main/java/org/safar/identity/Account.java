package org.safar.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A staff account. Its roles say what the person does; its org units say where (everything beneath
 * them is in scope too).
 */
public record Account(
    Long id,
    String username,
    String displayName,
    String email,
    String passwordHash,
    boolean enabled,
    boolean mustChangePassword,
    int failedLogins,
    Instant lockedUntil,
    Instant lastLoginAt,
    Set<Role> roles,
    Set<Long> orgUnitIds,
    int version) {

  public Account {
    roles = Set.copyOf(roles);
    orgUnitIds = Set.copyOf(orgUnitIds);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }
}
