package org.safar.results;

import java.util.Locale;

/** The levels of a results framework, as IATI names them. */
public enum ResultLevel {
  IMPACT,
  OUTCOME,
  OUTPUT;

  /** The level a child of this one has; an output has no child result, only indicators. */
  public ResultLevel child() {
    return this == IMPACT ? OUTCOME : OUTPUT;
  }

  public String messageKey() {
    return "results.level." + name().toLowerCase(Locale.ROOT);
  }
}
