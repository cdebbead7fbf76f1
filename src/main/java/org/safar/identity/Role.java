package org.safar.identity;

/** What a staff member does in Safar; a person may hold several roles. */
public enum Role {
  ADMINISTRATOR,
  PROGRAMME_MANAGER,
  ME_OFFICER,
  MRC_COORDINATOR,
  COUNSELLOR,
  OUTREACH_OFFICER,
  PROTECTION_CASEWORKER,
  VIEWER;

  public String authority() {
    return "ROLE_" + name();
  }

  public String messageKey() {
    return "role." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
