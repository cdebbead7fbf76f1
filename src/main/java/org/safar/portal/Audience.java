package org.safar.portal;

/** Whom a leaflet is written for. Labels: {@code portal.audience.<CODE>}. */
public enum Audience {
  POTENTIAL,
  DEPARTING,
  ABROAD,
  RETURNING,
  FAMILIES;

  public String messageKey() {
    return "portal.audience." + name();
  }
}
