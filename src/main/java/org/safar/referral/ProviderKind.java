package org.safar.referral;

import java.util.Locale;

/** What sort of organisation a service provider is. */
public enum ProviderKind {
  GOVERNMENT,
  NGO,
  INTERNATIONAL,
  PRIVATE,
  COMMUNITY;

  public String messageKey() {
    return "vocab.providerKind." + name().toLowerCase(Locale.ROOT);
  }
}
