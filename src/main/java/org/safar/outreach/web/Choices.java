package org.safar.outreach.web;

import java.util.List;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.outreach.Campaign;
import org.safar.outreach.Campaigns;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.Programme;
import org.springframework.stereotype.Component;

/** What the forms and filters offer: units in scope, projects they work under, their campaigns. */
@Component
class Choices {

  private final OrgUnits orgUnits;
  private final Portfolio portfolio;
  private final Campaigns campaigns;

  Choices(OrgUnits orgUnits, Portfolio portfolio, Campaigns campaigns) {
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
    this.campaigns = campaigns;
  }

  List<OrgUnit> units() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .map(OrgUnitRow::unit)
        .filter(OrgUnit::active)
        .toList();
  }

  List<Programme> projects() {
    return portfolio.workableIn(orgUnits.currentScope());
  }

  List<Campaign> campaigns() {
    return campaigns.choices();
  }
}
