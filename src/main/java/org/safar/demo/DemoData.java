package org.safar.demo;

import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.referral.ServiceDirectory;
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
  private final DemoResults results;

  DemoData(
      OrgUnits orgUnits,
      Accounts accounts,
      Portfolio portfolio,
      ServiceDirectory directory,
      DemoResults results) {
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
      DemoAccounts.load(accounts, orgUnits);
      results.load();
      log.info(
          "Demo data loaded: 7 MRCs in 5 countries, 4 programmes, 8 service providers,"
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
