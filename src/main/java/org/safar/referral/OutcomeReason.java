package org.safar.referral;

import java.util.Locale;

/** Why a referral ended as it did, when it did not succeed. */
public enum OutcomeReason {
  CLIENT_REFUSED,
  NO_CAPACITY,
  UNABLE_TO_CONTACT,
  NO_LONGER_NEEDED;

  public String messageKey() {
    return "referral.outcomeReason." + name().toLowerCase(Locale.ROOT);
  }
}
