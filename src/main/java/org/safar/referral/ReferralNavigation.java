package org.safar.referral;

import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

  @Bean
  NavigationEntry serviceDirectoryEntry() {
    return new NavigationEntry(
        "nav.providers", "/referrals/providers", 20, DirectoryAccess.READERS);
  }
}
