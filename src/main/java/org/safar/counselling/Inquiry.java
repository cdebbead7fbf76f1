package org.safar.counselling;

import java.time.Duration;
import java.time.Instant;

/** A question that reached an MRC by some channel, waiting for or given an answer. */
public record Inquiry(
    Long id,
    long mrcId,
    Channel channel,
    Instant receivedAt,
    String language,
    String question,
    String contactName,
    String contactPhone,
    String contactEmail,
    InquiryStatus status,
    Long assignedTo,
    Instant firstResponseAt,
    Long clientId,
    int version,
    boolean confidential,
    boolean grievance) {

  /** How long the inquiry has waited for a first answer (or waited before it got one). */
  public Duration waiting(Instant now) {
    return Duration.between(receivedAt, firstResponseAt != null ? firstResponseAt : now);
  }
}
