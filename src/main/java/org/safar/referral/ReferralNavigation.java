package org.safar.referral;

import java.util.Set;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReferralNavigation {

  @Bean
  NavigationEntry referralsEntry() {
    return new NavigationEntry(
        "nav.referrals",
        "/referrals",
        15,
        Set.of(
            "COUNSELLOR",
            "MRC_COORDINATOR",
            "PROTECTION_CASEWORKER",
            "PROTECTION_SUPERVISOR",
            "SERVICE_PROVIDER",
            "ADMINISTRATOR"));
  }

  @Bean
  NavigationEntry serviceDirectoryEntry() {
    return new NavigationEntry(
        "nav.providers", "/referrals/providers", 20, DirectoryAccess.READERS);
  }
}
