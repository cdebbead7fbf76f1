package org.safar.referral;

import java.util.Locale;

/** Where a referral is: draft → sent → accepted | rejected → done | revoked. */
public enum ReferralStatus {
  DRAFT,
  SENT,
  ACCEPTED,
  REJECTED,
  DONE,
  REVOKED;

  public String messageKey() {
    return "referral.status." + name().toLowerCase(Locale.ROOT);
  }

  /** Whether the referring side may still call the referral back. */
  public boolean revocable() {
    return this == DRAFT || this == SENT || this == ACCEPTED || this == REJECTED;
  }

  public boolean closed() {
    return this == DONE || this == REVOKED;
  }
}
