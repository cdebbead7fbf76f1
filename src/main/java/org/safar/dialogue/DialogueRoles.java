package org.safar.dialogue;

import java.util.Set;

/** Programme managers record dialogue; M&E and viewers read it, in scope. */
public final class DialogueRoles {

  public static final Set<String> EDITORS = Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR");

  public static final Set<String> READERS =
      Set.of("PROGRAMME_MANAGER", "ADMINISTRATOR", "ME_OFFICER", "VIEWER");

  public static final String EDIT = "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR')";

  public static final String READ =
      "hasAnyRole('PROGRAMME_MANAGER', 'ADMINISTRATOR', 'ME_OFFICER', 'VIEWER')";

  private DialogueRoles() {}
}
