package org.safar.demo;

import java.util.Set;
import org.safar.agencies.AgencyImports;
import org.safar.assistance.AssistanceActions;
import org.safar.assistance.AssistanceActivities;
import org.safar.assistance.ExpertRoster;
import org.safar.dialogue.KnowledgeProducts;
import org.safar.dialogue.Meetings;
import org.safar.equipment.Handovers;
import org.safar.identity.Accounts;
import org.safar.news.NewsItems;
import org.safar.news.Publications;
import org.safar.orgunits.OrgUnits;
import org.safar.outreach.Campaigns;
import org.safar.outreach.OutreachEvents;
import org.safar.portal.Leaflets;
import org.safar.portal.PublicMrcs;
import org.safar.portfolio.Portfolio;
import org.safar.referral.ServiceDirectory;
import org.safar.training.Trainings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo into an empty database, all or nothing, and prints the demo accounts. A database
 * holding anything besides the network root is left alone.
 */
@Component
@ConditionalOnBooleanProperty("safar.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final OrgUnits orgUnits;
  private final Accounts accounts;
  private final Portfolio portfolio;
  private final ServiceDirectory directory;
  private final Campaigns campaigns;
  private final OutreachEvents events;
  private final Meetings meetings;
  private final KnowledgeProducts products;
  private final Handovers handovers;
  private final AssistanceActions assistanceActions;
  private final AssistanceActivities assistanceActivities;
  private final ExpertRoster expertRoster;
  private final Trainings trainings;
  private final AgencyImports agencyImports;
  private final NewsItems news;
  private final Publications publications;
  private final Leaflets leaflets;
  private final PublicMrcs mrcs;
  private final DemoResults results;

  DemoData(
      OrgUnits orgUnits,
      Accounts accounts,
      Portfolio portfolio,
      ServiceDirectory directory,
      Campaigns campaigns,
      OutreachEvents events,
      Meetings meetings,
      KnowledgeProducts products,
      Handovers handovers,
      AssistanceActions assistanceActions,
      AssistanceActivities assistanceActivities,
      ExpertRoster expertRoster,
      Trainings trainings,
      AgencyImports agencyImports,
      NewsItems news,
      Publications publications,
      Leaflets leaflets,
      PublicMrcs mrcs,
      DemoResults results) {
    this.campaigns = campaigns;
    this.events = events;
    this.meetings = meetings;
    this.products = products;
    this.handovers = handovers;
    this.assistanceActions = assistanceActions;
    this.assistanceActivities = assistanceActivities;
    this.expertRoster = expertRoster;
    this.trainings = trainings;
    this.agencyImports = agencyImports;
    this.news = news;
    this.publications = publications;
    this.leaflets = leaflets;
    this.mrcs = mrcs;
    this.results = results;
    this.directory = directory;
    this.orgUnits = orgUnits;
    this.accounts = accounts;
    this.portfolio = portfolio;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (orgUnits.onlyTheNetworkExists() && accounts.count() == 0) {
      DemoOrgUnits.load(orgUnits);
      DemoProgrammes.load(portfolio, orgUnits.network().id());
      DemoProviders.load(directory, orgUnits);
      DemoAssistance.load(
          portfolio,
          assistanceActions,
          assistanceActivities,
          expertRoster,
          orgUnits.scopeOf(Set.of(orgUnits.network().id())),
          orgUnits.network().id());
      DemoAccounts.load(accounts, orgUnits);
      DemoOutreach.load(campaigns, events, portfolio, orgUnits);
      DemoDialogue.load(meetings, products, portfolio, orgUnits);
      DemoEquipment.load(handovers, portfolio, orgUnits);
      DemoTrainings.load(trainings, orgUnits, portfolio);
      DemoAgencies.load(agencyImports);
      DemoNews.load(news);
      DemoPublications.load(publications);
      DemoLeaflets.load(leaflets, mrcs, orgUnits);
      results.load();
      log.info(
          "Demo data loaded: 7 MRCs in 5 countries, 7 programmes, 8 service providers,"
              + " {} accounts.",
          DemoAccounts.ACCOUNTS.size());
    } else if (orgUnits.findByCode("MRC-DHAKA").isEmpty()) {
      log.info("Demo mode: the database already holds data, so no demo data was added.");
      return;
    }
    printAccounts();
  }

  private void printAccounts() {
    StringBuilder text =
        new StringBuilder("Demo accounts (password '" + DemoAccounts.PASSWORD + "'):");
    DemoAccounts.ACCOUNTS.forEach(
        a ->
            text.append(
                String.format("%n  %-22s %-22s %s", a.username(), a.role(), a.orgUnitCode())));
    log.info(text.toString());
  }
}
