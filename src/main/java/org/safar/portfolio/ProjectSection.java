package org.safar.portfolio;

/**
 * Work another module records under a portfolio entry (technical-assistance actions, trainings, …),
 * shown on the entry's page as a link to that module's list filtered by the entry. A module
 * contributes one by declaring a bean; the portfolio depends on none of them.
 */
public interface ProjectSection {

  /** Message key of the section's title, e.g. "Technical-assistance actions". */
  String titleKey();

  /** How many such records under the entry the signed-in person may see; 0 hides the section. */
  long count(Programme entry);

  /** The module's list of those records, relative to the application. */
  String path(Programme entry);

  /** Whether the signed-in person may open that list at all (their roles). */
  boolean visible();

  /** What the entry's page shows for one section. */
  record Shown(String titleKey, long count, String path) {}
}
