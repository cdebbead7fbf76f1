package org.safar.orgunits;

/** The levels of the org-unit tree, each one placed under the one before it. */
public enum OrgUnitKind {
  NETWORK,
  COUNTRY,
  INSTITUTION,
  MRC;

  /** The kind a parent of this kind must have; null for the network. */
  public OrgUnitKind parentKind() {
    return this == NETWORK ? null : values()[ordinal() - 1];
  }

  public String messageKey() {
    return "orgunit.kind." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
