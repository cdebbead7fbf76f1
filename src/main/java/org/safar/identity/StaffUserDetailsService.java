package org.safar.identity;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account being signed in to; a lock that has run out is lifted first. */
@Service
class StaffUserDetailsService implements UserDetailsService {

  private final AccountRepository accounts;
  private final Clock clock;

  StaffUserDetailsService(AccountRepository accounts, Clock clock) {
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  @Transactional
  public UserDetails loadUserByUsername(String username) {
    String normalised = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    accounts.clearExpiredLock(normalised, clock.instant());
    return accounts
        .findByUsername(normalised)
        .map(StaffPrincipal::new)
        .orElseThrow(() -> new UsernameNotFoundException("No such account"));
  }
}
