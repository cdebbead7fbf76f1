package org.safar.orgunits;

import java.util.List;

/** One page of org units with the total that matched. */
public record OrgUnitPage(List<OrgUnitRow> rows, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  /** An org unit with the name of its parent, for lists. */
  public record OrgUnitRow(OrgUnit unit, String parentName, int depth) {}
}
