package org.safar.counselling;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CounsellingNavigation {

  @Bean
  NavigationEntry counsellingEntry() {
    return new NavigationEntry(
        "nav.counselling",
        "/counselling",
        10,
        Set.of("COUNSELLOR", "MRC_COORDINATOR", "PROTECTION_CASEWORKER", "ADMINISTRATOR"));
  }

  @Bean
  NavigationEntry protectedCasesEntry() {
    return new NavigationEntry(
        "nav.protected",
        "/counselling/protected",
        12,
        Set.of("PROTECTION_CASEWORKER", "PROTECTION_SUPERVISOR"));
  }
}
