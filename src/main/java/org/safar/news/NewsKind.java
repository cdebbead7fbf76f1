package org.safar.news;

import java.util.Locale;

/** A news item reports; a story tells one person's or one place's experience. */
public enum NewsKind {
  NEWS,
  STORY;

  public String messageKey() {
    return "news.kind." + name().toLowerCase(Locale.ROOT);
  }

  public String portalKey() {
    return "portal.news.kind." + name().toLowerCase(Locale.ROOT);
  }
}
