package org.safar.portal;

import java.util.Set;

/**
 * Who edits an MRC's public profile: its coordinator (only the MRCs in their scope, in practice
 * their own), content editors and administrators (the MRCs in their scope).
 */
public final class MrcProfileAccess {

  public static final Set<String> EDITORS =
      Set.of("CONTENT_EDITOR", "ADMINISTRATOR", "MRC_COORDINATOR");

  public static final String EDIT =
      "hasAnyRole('CONTENT_EDITOR', 'ADMINISTRATOR', 'MRC_COORDINATOR')";

  private MrcProfileAccess() {}
}
