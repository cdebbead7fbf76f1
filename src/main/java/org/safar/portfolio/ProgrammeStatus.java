package org.safar.portfolio;

import java.util.Locale;

/** Where a portfolio entry stands; kept on the entry, since work can be suspended or run late. */
public enum ProgrammeStatus {
  PLANNED,
  RUNNING,
  COMPLETED,
  SUSPENDED;

  public String messageKey() {
    return "portfolio.status." + name().toLowerCase(Locale.ROOT);
  }
}
