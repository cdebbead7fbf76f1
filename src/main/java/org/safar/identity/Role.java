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
  /** Supervises protection caseworkers; sees the protected cases of their team. */
  PROTECTION_SUPERVISOR,
  /** Reviews and exports the audit trail; sees no case content. */
  DATA_PROTECTION_OFFICER,
  /** Works at a service provider that uses Safar: answers the referrals sent to it. */
  SERVICE_PROVIDER,
  /** Writes, reviews and publishes the public portal's content (leaflets, news, agency lists). */
  CONTENT_EDITOR,
  VIEWER;

  public String authority() {
    return "ROLE_" + name();
  }

  public String messageKey() {
    return "role." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
