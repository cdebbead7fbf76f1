package org.safar.agencies;

import java.util.List;
import java.util.Objects;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.springframework.stereotype.Component;

/**
 * Who may change which country's registry: a person whose scope holds that country or any unit in
 * it (a coordinator of an MRC in Bangladesh keeps Bangladesh's list). Reading is open to all staff:
 * the lists are public.
 */
@Component
class AgencyAccess {

  private final OrgUnits orgUnits;
  private final AuditLog audit;

  AgencyAccess(OrgUnits orgUnits, AuditLog audit) {
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  /** The countries (ISO codes) whose lists the signed-in person may import, sorted. */
  List<String> countries() {
    return orgUnits.tree(orgUnits.currentScope()).stream()
        .map(OrgUnitRow::unit)
        .map(u -> u.countryCode())
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  void requireCountry(String country) {
    if (!countries().contains(country)) {
      audit.accessDenied("agency_list", country, "country outside the user's scope");
      throw new OutOfScopeException("agency list of " + country);
    }
  }
}
