package org.safar.training;

import java.util.Locale;

/**
 * What a training keeps about who took part: each person (name, institution, sex, position,
 * scores), or only head counts by sex when person data is not kept.
 */
public enum Participation {
  PERSONS,
  COUNTS;

  public String messageKey() {
    return "training.participation." + name().toLowerCase(Locale.ROOT);
  }
}
