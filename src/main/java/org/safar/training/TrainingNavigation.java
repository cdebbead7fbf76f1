package org.safar.training;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

  @Bean
  NavigationEntry trainingsEntry() {
    return new NavigationEntry(
        "nav.trainings",
        "/trainings",
        35,
        Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR", "MRC_COORDINATOR", "ME_OFFICER", "VIEWER"));
  }
}
