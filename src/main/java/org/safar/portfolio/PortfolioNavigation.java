package org.safar.portfolio;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortfolioNavigation {

  @Bean
  NavigationEntry portfolioEntry() {
    return new NavigationEntry("nav.portfolio", "/portfolio", 30, Set.of());
  }
}
