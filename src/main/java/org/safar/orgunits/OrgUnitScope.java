package org.safar.orgunits;

import java.util.Set;

/**
 * The org units a person may see: those they were given and all beneath them.
 *
 * @param ids every org unit in scope
 * @param global whether the scope holds the whole network
 */
public record OrgUnitScope(Set<Long> ids, boolean global) {

  public static final OrgUnitScope NONE = new OrgUnitScope(Set.of(), false);

  public OrgUnitScope {
    ids = Set.copyOf(ids);
  }

  public boolean contains(Long orgUnitId) {
    return orgUnitId != null && ids.contains(orgUnitId);
  }

  public boolean containsAll(java.util.Collection<Long> orgUnitIds) {
    return ids.containsAll(orgUnitIds);
  }

  /** For SQL {@code = any(?)} filters. */
  public Long[] asArray() {
    return ids.toArray(Long[]::new);
  }
}
