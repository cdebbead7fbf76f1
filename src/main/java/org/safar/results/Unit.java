package org.safar.results;

import java.util.Locale;

/** What an indicator's number is: a number of things, or a percentage. */
public enum Unit {
  NUMBER,
  PERCENTAGE;

  public String messageKey() {
    return "results.unit." + name().toLowerCase(Locale.ROOT);
  }
}
