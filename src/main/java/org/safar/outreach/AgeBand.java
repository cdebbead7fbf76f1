package org.safar.outreach;

import java.util.Locale;

/**
 * The counselling desk's age bands, with the same codes and labels ({@code vocab.ageBand.*}), so
 * attendance at events and at group sessions adds up on the same rows.
 */
public enum AgeBand {
  UNDER_18,
  AGE_18_24,
  AGE_25_34,
  AGE_35_49,
  AGE_50_PLUS;

  public String messageKey() {
    return "vocab.ageBand." + name().toLowerCase(Locale.ROOT);
  }
}
