package org.safar.outreach;

import java.util.Locale;

/** Sex as counted at an event; the labels are the counselling desk's ({@code vocab.sex.*}). */
public enum Sex {
  FEMALE,
  MALE,
  OTHER;

  public String messageKey() {
    return "vocab.sex." + name().toLowerCase(Locale.ROOT);
  }
}
