package org.safar.referral;

import java.time.Instant;

/** A client referred to a provider for one service, and what became of it. */
public record Referral(
    long id,
    long clientId,
    long mrcId,
    long providerId,
    ServiceType service,
    String reason,
    boolean urgent,
    ReferralStatus status,
    Long consentId,
    String consentOverride,
    String rejectionReason,
    Boolean successful,
    OutcomeReason outcomeReason,
    String outcomeNote,
    long referredBy,
    Instant createdAt,
    Instant sentAt,
    Instant answeredAt,
    Instant closedAt,
    int version) {}
