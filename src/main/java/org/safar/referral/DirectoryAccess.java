package org.safar.referral;

import java.util.Set;

/**
 * Who uses the service directory. It holds organisations, not people, so everyone who refers or
 * receives referrals may read all of it; changing a provider needs the unit that keeps it in scope.
 */
public final class DirectoryAccess {

  public static final Set<String> READERS =
      Set.of(
          "COUNSELLOR",
          "MRC_COORDINATOR",
          "PROTECTION_CASEWORKER",
          "PROTECTION_SUPERVISOR",
          "SERVICE_PROVIDER",
          "PROGRAMME_MANAGER",
          "ADMINISTRATOR");

  public static final String READ =
      "hasAnyRole('COUNSELLOR', 'MRC_COORDINATOR', 'PROTECTION_CASEWORKER',"
          + " 'PROTECTION_SUPERVISOR', 'SERVICE_PROVIDER', 'PROGRAMME_MANAGER', 'ADMINISTRATOR')";

  public static final Set<String> EDITORS =
      Set.of("MRC_COORDINATOR", "PROTECTION_SUPERVISOR", "PROGRAMME_MANAGER", "ADMINISTRATOR");

  public static final String EDIT =
      "hasAnyRole('MRC_COORDINATOR', 'PROTECTION_SUPERVISOR', 'PROGRAMME_MANAGER', 'ADMINISTRATOR')";

  private DirectoryAccess() {}
}
