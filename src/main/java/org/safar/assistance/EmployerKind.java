package org.safar.assistance;

/** Where an expert comes from. */
public enum EmployerKind implements AssistanceTerm {
  NATIONAL_ADMINISTRATION,
  ACADEMIA,
  PRIVATE_SECTOR,
  NGO,
  INTERNATIONAL_ORGANISATION;

  @Override
  public String vocabulary() {
    return "employer";
  }
}
