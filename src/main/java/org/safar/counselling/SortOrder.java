package org.safar.counselling;

import java.util.Locale;

/** How a list is ordered. Every list offers the first two; the client list also offers NAME. */
public enum SortOrder {
  NEWEST,
  OLDEST,
  NAME;

  public String messageKey() {
    return "list.sort." + name().toLowerCase(Locale.ROOT);
  }

  /** The orders that lists by date offer. */
  public static SortOrder[] byDate() {
    return new SortOrder[] {NEWEST, OLDEST};
  }
}
