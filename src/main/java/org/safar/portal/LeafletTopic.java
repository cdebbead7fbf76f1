package org.safar.portal;

/** What a leaflet is about. Labels: {@code portal.topic.<CODE>} (all eight languages). */
public enum LeafletTopic {
  SAFE_MIGRATION,
  RECRUITMENT_COSTS,
  CONTRACTS_RIGHTS,
  OCCUPATIONAL_SAFETY,
  VISAS_DOCUMENTS,
  TRAFFICKING,
  MONEY_REMITTANCES,
  RETURN_REINTEGRATION;

  public String messageKey() {
    return "portal.topic." + name();
  }
}
