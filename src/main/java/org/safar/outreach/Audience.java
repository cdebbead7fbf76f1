package org.safar.outreach;

import java.util.Locale;

/** Whom a campaign speaks to. */
public enum Audience {
  POTENTIAL_MIGRANTS,
  DEPARTING_MIGRANTS,
  RETURNEES,
  FAMILIES_LEFT_BEHIND,
  WOMEN,
  YOUTH,
  RELIGIOUS_LEADERS,
  GENERAL_PUBLIC;

  public String messageKey() {
    return "vocab.audience." + name().toLowerCase(Locale.ROOT);
  }
}
