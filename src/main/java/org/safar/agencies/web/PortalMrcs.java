package org.safar.agencies.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.springframework.stereotype.Component;

/** The open MRCs a visitor can turn to: for a complaint, and by their hotlines. */
@Component
class PortalMrcs {

  private final OrgUnits orgUnits;

  PortalMrcs(OrgUnits orgUnits) {
    this.orgUnits = orgUnits;
  }

  List<OrgUnit> all() {
    return orgUnits.tree(orgUnits.scopeOf(Set.of(orgUnits.network().id()))).stream()
        .map(OrgUnitRow::unit)
        .filter(u -> u.kind() == OrgUnitKind.MRC && u.active())
        .sorted(Comparator.comparing(OrgUnit::countryCode).thenComparing(OrgUnit::name))
        .toList();
  }

  List<OrgUnit> in(String countryCode) {
    return all().stream().filter(u -> u.countryCode().equals(countryCode)).toList();
  }
}
