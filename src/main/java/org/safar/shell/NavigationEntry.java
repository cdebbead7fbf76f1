package org.safar.shell;

import java.util.Set;

/**
 * One item of the staff navigation. Modules declare theirs as beans; the shell shows an item to a
 * user who holds any of its roles (an empty set means every signed-in user).
 *
 * @param messageKey message key of the label
 * @param path the link, relative to the application
 * @param order position in the menu, smaller first
 * @param roles role names (without the {@code ROLE_} prefix) that see the item
 */
public record NavigationEntry(String messageKey, String path, int order, Set<String> roles) {

  public NavigationEntry {
    roles = Set.copyOf(roles);
  }

  boolean visibleTo(Set<String> userRoles) {
    return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
  }
}
