package org.safar.outreach;

import java.util.Set;
import org.safar.portfolio.ProjectRecords;
import org.safar.shell.NavigationEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outreach menu item, and what the project page shows of outreach. */
@Configuration(proxyBeanMethods = false)
class OutreachNavigation {

  @Bean
  NavigationEntry outreachEntry() {
    return new NavigationEntry("nav.outreach", "/outreach/events", 40, OutreachRoles.READERS);
  }

  @Bean
  ProjectRecords outreachCampaignRecords(Campaigns campaigns) {
    return new Records(
        "outreach.campaigns.title", "/outreach/campaigns?project=", campaigns::countUnder);
  }

  @Bean
  ProjectRecords outreachEventRecords(OutreachEvents events) {
    return new Records("outreach.events.title", "/outreach/events?project=", events::countUnder);
  }

  /** One kind of outreach record on the project page. */
  record Records(
      String headingKey, String path, java.util.function.ToLongFunction<Set<Long>> counter)
      implements ProjectRecords {

    @Override
    public Set<String> readers() {
      return OutreachRoles.READERS;
    }

    @Override
    public long count(Set<Long> projectIds) {
      return counter.applyAsLong(projectIds);
    }

    @Override
    public String listPath(long projectId) {
      return path + projectId;
    }
  }
}
