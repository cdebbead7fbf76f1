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

  /** The calendar of dated programme work, for those who record or follow it. */
  @Bean
  NavigationEntry calendarEntry() {
    return new NavigationEntry(
        "nav.calendar",
        "/portfolio/calendar",
        31,
        Set.of(
            "PROGRAMME_MANAGER",
            "ADMINISTRATOR",
            "ME_OFFICER",
            "MRC_COORDINATOR",
            "OUTREACH_OFFICER",
            "VIEWER"));
  }
}
