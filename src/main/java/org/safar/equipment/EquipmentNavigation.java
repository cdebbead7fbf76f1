package org.safar.equipment;

import java.util.Set;
import org.safar.portfolio.ProjectRecords;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The equipment menu item, and what the project page shows of handovers. */
@Configuration(proxyBeanMethods = false)
class EquipmentNavigation {

  @Bean
  NavigationEntry equipmentEntry() {
    return new NavigationEntry("nav.equipment", "/equipment", 44, EquipmentRoles.READERS);
  }

  @Bean
  ProjectRecords equipmentRecords(Handovers handovers) {
    return new ProjectRecords() {
      @Override
      public String headingKey() {
        return "equipment.title";
      }

      @Override
      public Set<String> readers() {
        return EquipmentRoles.READERS;
      }

      @Override
      public long count(Set<Long> projectIds) {
        return handovers.countUnder(projectIds);
      }

      @Override
      public String listPath(long projectId) {
        return "/equipment?project=" + projectId;
      }
    };
  }
}
