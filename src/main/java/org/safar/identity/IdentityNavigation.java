package org.safar.identity;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

  @Bean
  NavigationEntry accountsEntry() {
    return new NavigationEntry("nav.accounts", "/accounts", 80, Set.of(Role.ADMINISTRATOR.name()));
  }

  @Bean
  NavigationEntry auditEntry() {
    return new NavigationEntry(
        "nav.audit",
        "/audit",
        90,
        Set.of(Role.ADMINISTRATOR.name(), Role.DATA_PROTECTION_OFFICER.name()));
  }
}
