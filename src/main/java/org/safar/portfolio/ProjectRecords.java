package org.safar.portfolio;

import java.util.Set;

/**
 * What another module has recorded under a portfolio entry, for the entry's page. A module that
 * keeps records under projects declares one bean of this type per kind of record; the project page
 * lists every such bean the reader may read, with its count and a link to the module's list.
 */
public interface ProjectRecords {

  /** Message key of the heading, e.g. {@code outreach.events.title}. */
  String headingKey();

  /**
   * Role names (without {@code ROLE_}) that may read the list; the page skips the bean for others.
   */
  Set<String> readers();

  /**
   * How many records the signed-in person may see (their org-unit scope) under these entries: the
   * project and every entry beneath it.
   */
  long count(Set<Long> projectIds);

  /**
   * The module's list filtered to the project, e.g. {@code /outreach/events?project=42}; the list
   * includes the entries beneath the project too ({@link Portfolio#withEntriesBeneath}).
   */
  String listPath(long projectId);
}
