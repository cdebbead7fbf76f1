package org.safar.referral;

import org.safar.shell.InvalidInputException;

/** What is referred where and why, as typed. */
public record ReferralDraft(Long providerId, ServiceType service, String reason, boolean urgent) {

  /**
   * The draft with its reason cleaned, if the provider exists, is active and offers the service;
   * otherwise the field at fault and why.
   */
  ReferralDraft checkedAgainst(ServiceDirectory directory) {
    if (providerId == null) {
      throw new InvalidInputException("providerId", "referral.error.provider");
    }
    ServiceProvider provider;
    try {
      provider = directory.get(providerId);
    } catch (ProviderNotFoundException e) {
      throw new InvalidInputException("providerId", "referral.error.provider");
    }
    if (service == null) {
      throw new InvalidInputException("service", "referral.error.serviceMissing");
    }
    if (!provider.active() || !provider.offers(service)) {
      throw new InvalidInputException("service", "referral.error.service");
    }
    String cleaned = TypedText.clean(reason, 2000, "reason");
    if (cleaned == null) {
      throw new InvalidInputException("reason", "referral.error.reason");
    }
    return new ReferralDraft(provider.id(), service, cleaned, urgent);
  }
}
