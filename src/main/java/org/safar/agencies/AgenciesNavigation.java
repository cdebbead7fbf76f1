package org.safar.agencies;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgenciesNavigation {

  /** Who may import a country's list; every other staff role reads the registry. */
  public static final Set<String> EDITORS =
      Set.of("CONTENT_EDITOR", "ADMINISTRATOR", "PROGRAMME_MANAGER", "MRC_COORDINATOR");

  @Bean
  NavigationEntry agenciesEntry() {
    return new NavigationEntry("nav.agencies", "/agencies", 40, Set.of());
  }
}
