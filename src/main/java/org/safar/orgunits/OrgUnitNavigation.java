package org.safar.orgunits;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrgUnitNavigation {

  @Bean
  NavigationEntry orgUnitsEntry() {
    return new NavigationEntry("nav.orgUnits", "/orgunits", 20, Set.of());
  }
}
