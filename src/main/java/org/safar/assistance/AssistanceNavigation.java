package org.safar.assistance;

import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssistanceNavigation {

  @Bean
  NavigationEntry assistanceEntry() {
    return new NavigationEntry("nav.assistance", "/assistance", 35, AssistanceRoles.READERS);
  }
}
