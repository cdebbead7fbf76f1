package org.safar.counselling;

/** Where a client stands in migration. */
public enum MigrantStatus implements Term {
  POTENTIAL,
  DEPARTING,
  ABROAD,
  RETURNED,
  FAMILY_LEFT_BEHIND;

  @Override
  public String vocabulary() {
    return "migrantStatus";
  }
}
