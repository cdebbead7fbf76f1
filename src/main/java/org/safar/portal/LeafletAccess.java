package org.safar.portal;

import java.util.Set;

/**
 * Who works on the leaflets: content editors and administrators write them; programme managers may
 * also review, publish and archive them. Each works on the leaflets kept by units in scope.
 */
public final class LeafletAccess {

  public static final Set<String> WRITERS = Set.of("CONTENT_EDITOR", "ADMINISTRATOR");

  public static final Set<String> READERS =
      Set.of("CONTENT_EDITOR", "ADMINISTRATOR", "PROGRAMME_MANAGER");

  public static final String READ =
      "hasAnyRole('CONTENT_EDITOR', 'ADMINISTRATOR', 'PROGRAMME_MANAGER')";

  public static final String WRITE = "hasAnyRole('CONTENT_EDITOR', 'ADMINISTRATOR')";

  private LeafletAccess() {}
}
