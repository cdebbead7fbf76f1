package org.safar.referral;

/** What is referred where and why, as typed. */
public record ReferralDraft(Long providerId, ServiceType service, String reason, boolean urgent) {}
