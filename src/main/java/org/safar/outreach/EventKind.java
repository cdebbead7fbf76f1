package org.safar.outreach;

import java.util.Locale;

/** What kind of outreach event it was. Media programmes and posts mostly have reach, not people. */
public enum EventKind {
  COMMUNITY_MEETING,
  RELIGIOUS_LEADERS_WORKSHOP,
  COURTYARD_MEETING,
  SCHOOL_SESSION,
  MEDIA_PROGRAMME,
  SOCIAL_MEDIA_POST,
  SPORTS_CULTURAL_EVENT;

  public String messageKey() {
    return "vocab.eventKind." + name().toLowerCase(Locale.ROOT);
  }
}
