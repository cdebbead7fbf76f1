package org.safar.results;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ResultsNavigation {

  @Bean
  NavigationEntry resultsEntry() {
    return new NavigationEntry(
        "nav.results",
        "/results",
        35,
        Set.of("ME_OFFICER", "PROGRAMME_MANAGER", "ADMINISTRATOR", "VIEWER"));
  }
}
