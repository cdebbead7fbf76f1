package org.safar.outreach;

import java.util.Locale;

/** How a campaign reaches its audiences. */
public enum CampaignChannel {
  FACE_TO_FACE,
  RADIO,
  TELEVISION,
  PRINT,
  SOCIAL_MEDIA,
  MOSQUE_AND_COMMUNITY,
  SCHOOLS;

  public String messageKey() {
    return "vocab.campaignChannel." + name().toLowerCase(Locale.ROOT);
  }
}
