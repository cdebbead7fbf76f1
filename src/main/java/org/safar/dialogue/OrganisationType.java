package org.safar.dialogue;

import java.util.Locale;

/** Whom a meeting's participants came for. */
public enum OrganisationType {
  GOVERNMENT,
  INTERNATIONAL_ORGANISATION,
  CIVIL_SOCIETY,
  ACADEMIA,
  PRIVATE_SECTOR,
  DONOR;

  public String messageKey() {
    return "vocab.organisationType." + name().toLowerCase(Locale.ROOT);
  }
}
