package org.safar.assistance;

import java.util.Set;

/** Who works with technical assistance: managers and administrators edit, M&E and viewers read. */
public final class AssistanceRoles {

  public static final Set<String> READERS =
      Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR", "ME_OFFICER", "VIEWER");

  public static final Set<String> EDITORS = Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR");

  public static final String READ =
      "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR', 'ME_OFFICER', 'VIEWER')";

  public static final String EDIT = "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR')";

  private AssistanceRoles() {}
}
