package org.safar.outreach;

import java.util.Set;

/** Who records outreach and who reads it; scope still limits both to their org units. */
public final class OutreachRoles {

  public static final Set<String> EDITORS =
      Set.of("OUTREACH_OFFICER", "MRC_COORDINATOR", "PROGRAMME_MANAGER", "ADMINISTRATOR");

  public static final Set<String> READERS =
      Set.of(
          "OUTREACH_OFFICER",
          "MRC_COORDINATOR",
          "PROGRAMME_MANAGER",
          "ADMINISTRATOR",
          "ME_OFFICER",
          "VIEWER");

  public static final String EDIT =
      "hasAnyRole('OUTREACH_OFFICER', 'MRC_COORDINATOR', 'PROGRAMME_MANAGER', 'ADMINISTRATOR')";

  public static final String READ =
      "hasAnyRole('OUTREACH_OFFICER', 'MRC_COORDINATOR', 'PROGRAMME_MANAGER', 'ADMINISTRATOR',"
          + " 'ME_OFFICER', 'VIEWER')";

  private OutreachRoles() {}
}
