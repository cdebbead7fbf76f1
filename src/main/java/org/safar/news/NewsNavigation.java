package org.safar.news;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NewsNavigation {

  @Bean
  NavigationEntry newsEntry() {
    return new NavigationEntry(
        "nav.news", "/news", 42, Set.of("CONTENT_EDITOR", "ADMINISTRATOR", "PROGRAMME_MANAGER"));
  }
}
