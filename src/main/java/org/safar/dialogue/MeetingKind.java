package org.safar.dialogue;

import java.util.Locale;

/** What kind of dialogue meeting it was. */
public enum MeetingKind {
  THEMATIC,
  REGIONAL_WORKING_GROUP,
  MINISTERIAL_CONFERENCE,
  AD_HOC;

  public String messageKey() {
    return "vocab.meetingKind." + name().toLowerCase(Locale.ROOT);
  }
}
