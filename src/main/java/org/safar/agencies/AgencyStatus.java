package org.safar.agencies;

import java.util.Locale;
import java.util.Optional;

/**
 * What the official list says about an agency. {@link #NOT_LISTED} is never written in a list: an
 * agency that a country's newer list no longer names gets it, and is not licensed.
 */
public enum AgencyStatus {
  VALID,
  SUSPENDED,
  CANCELLED,
  BANNED,
  NOT_LISTED;

  /** Whether a person may deal with the agency (a valid licence that has not run out). */
  public boolean licensed() {
    return this == VALID;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The label on staff pages. */
  public String messageKey() {
    return "agency.status." + code();
  }

  /** The plain-words label on the portal. */
  public String portalKey() {
    return "portal.agency.status." + code();
  }

  /** A status as an official list writes it (valid, suspended, cancelled, banned), any case. */
  static Optional<AgencyStatus> fromList(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (AgencyStatus s : values()) {
      if (s != NOT_LISTED && s.name().equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
