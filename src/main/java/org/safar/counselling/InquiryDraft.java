package org.safar.counselling;

import java.time.Instant;

/** What is known of a new inquiry when it arrives. */
public record InquiryDraft(
    long mrcId,
    Channel channel,
    Instant receivedAt,
    String language,
    String question,
    String contactName,
    String contactPhone,
    String contactEmail) {}
