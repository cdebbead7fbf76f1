package org.safar.orgunits;

/** An org unit in a list, with its parent's name and its depth in the tree. */
public record OrgUnitRow(OrgUnit unit, String parentName, int depth) {}
