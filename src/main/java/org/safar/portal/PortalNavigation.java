package org.safar.portal;

import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PortalNavigation {

  @Bean
  NavigationEntry leafletsEntry() {
    return new NavigationEntry("nav.leaflets", "/content/leaflets", 40, LeafletAccess.READERS);
  }

  @Bean
  NavigationEntry mrcProfilesEntry() {
    return new NavigationEntry("nav.mrcProfiles", "/content/mrcs", 41, MrcProfileAccess.EDITORS);
  }
}
