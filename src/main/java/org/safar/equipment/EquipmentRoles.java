package org.safar.equipment;

import java.util.Set;

/** Programme managers record handovers; coordinators, M&E and viewers read them in scope. */
public final class EquipmentRoles {

  public static final Set<String> EDITORS = Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR");

  public static final Set<String> READERS =
      Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR", "MRC_COORDINATOR", "ME_OFFICER", "VIEWER");

  public static final String EDIT = "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR')";

  public static final String READ =
      "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR', 'MRC_COORDINATOR', 'ME_OFFICER',"
          + " 'VIEWER')";

  private EquipmentRoles() {}
}
