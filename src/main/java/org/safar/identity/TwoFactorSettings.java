package org.safar.identity;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param requiredRoles roles whose holders must sign in with an authenticator code; everybody else
 *     may opt in. Empty means nobody is required to.
 * @param key the key (Base64, 16, 24 or 32 bytes) that encrypts authenticator secrets at rest;
 *     without it, the embedded database's data folder keeps a generated one
 */
@ConfigurationProperties("safar.security.two-factor")
record TwoFactorSettings(
    @DefaultValue({
          "ADMINISTRATOR",
          "PROTECTION_CASEWORKER",
          "PROTECTION_SUPERVISOR",
          "DATA_PROTECTION_OFFICER"
        })
        Set<Role> requiredRoles,
    String key) {

  TwoFactorSettings {
    requiredRoles = requiredRoles == null ? Set.of() : Set.copyOf(requiredRoles);
  }

  boolean requiredFor(Set<Role> roles) {
    return roles.stream().anyMatch(requiredRoles::contains);
  }
}
