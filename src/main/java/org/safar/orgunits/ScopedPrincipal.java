package org.safar.orgunits;

import java.util.Set;

/**
 * A signed-in person whose view of Safar is limited to some org units and everything beneath them.
 * The identity module's principal implements it; every module asks {@link OrgUnits} for the
 * resulting scope rather than reading the account itself.
 */
public interface ScopedPrincipal {

  /** The org units the person was given; their descendants are in scope too. */
  Set<Long> orgUnitIds();
}
