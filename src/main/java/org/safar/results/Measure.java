package org.safar.results;

import java.util.Locale;

/** How an indicator's records become a number. */
public enum Measure {
  /** How many (records, or the people a group-attendance cell stands for): parts add up. */
  COUNT,
  /** How many different persons: a person in two parts counts in both, so parts need not add up. */
  DISTINCT,
  /** The sum of the source's number (for sessions, minutes): parts add up. */
  SUM,
  /** The part's share of all records: 100 × part / all, "no data" where there are none. */
  RATIO,
  /** The part's share at the second measurement minus its share at the first, in points. */
  CHANGE;

  public boolean additive() {
    return this == COUNT || this == SUM;
  }

  public String messageKey() {
    return "results.measure." + name().toLowerCase(Locale.ROOT);
  }
}
