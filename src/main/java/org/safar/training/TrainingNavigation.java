package org.safar.training;

import java.util.Set;
import org.safar.portfolio.ProjectRecords;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trainings menu item, and what the project page shows of trainings. */
@Configuration(proxyBeanMethods = false)
class TrainingNavigation {

  static final Set<String> READERS =
      Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR", "MRC_COORDINATOR", "ME_OFFICER", "VIEWER");

  @Bean
  NavigationEntry trainingsEntry() {
    return new NavigationEntry("nav.trainings", "/trainings", 35, READERS);
  }

  @Bean
  ProjectRecords trainingRecords(TrainingRepository trainings, TrainingAccess access) {
    return new ProjectRecords() {
      @Override
      public String headingKey() {
        return "nav.trainings";
      }

      @Override
      public Set<String> readers() {
        return READERS;
      }

      @Override
      public long count(Set<Long> projectIds) {
        return trainings.countUnder(projectIds.toArray(Long[]::new), access.scope().asArray());
      }

      @Override
      public String listPath(long projectId) {
        return "/trainings?project=" + projectId;
      }
    };
  }
}
