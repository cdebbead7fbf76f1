package org.safar.counselling.web;

import java.util.List;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.springframework.stereotype.Component;

/** The MRCs the signed-in person works in, for pickers and the desk. */
@Component
class Mrcs {

  private final OrgUnits orgUnits;

  Mrcs(OrgUnits orgUnits) {
    this.orgUnits = orgUnits;
  }

  List<OrgUnit> inScope() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .map(OrgUnitRow::unit)
        .filter(u -> u.kind() == OrgUnitKind.MRC && u.active())
        .toList();
  }

  String name(long mrcId) {
    return orgUnits.find(mrcId).map(OrgUnit::name).orElse("");
  }
}
