package org.safar.counselling;

/** What counselling was about. */
public enum Topic implements Term {
  LEGAL_PATHWAYS,
  VISAS,
  RECRUITMENT_COSTS,
  CONTRACTS,
  TRAVEL,
  OCCUPATIONAL_SAFETY,
  IRREGULAR_MIGRATION,
  TRAFFICKING_SMUGGLING,
  ASYLUM,
  RETURN_REINTEGRATION,
  REMITTANCES_FINANCE,
  HEALTH;

  @Override
  public String vocabulary() {
    return "topic";
  }
}
