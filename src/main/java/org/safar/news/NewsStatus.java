package org.safar.news;

import java.util.Locale;

/** Only published items reach the portal and the feeds. */
public enum NewsStatus {
  DRAFT,
  PUBLISHED;

  public String messageKey() {
    return "news.status." + name().toLowerCase(Locale.ROOT);
  }
}
