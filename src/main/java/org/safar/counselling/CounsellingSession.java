package org.safar.counselling;

import java.time.LocalDate;
import java.util.Set;

/** One individual counselling session with a client. */
public record CounsellingSession(
    Long id,
    long clientId,
    long mrcId,
    long counsellorId,
    Long inquiryId,
    Channel channel,
    LocalDate heldOn,
    int durationMinutes,
    Set<Topic> topics,
    String materials,
    String notes,
    boolean referralNeeded,
    String nextStep,
    int version,
    boolean confidential) {

  public CounsellingSession {
    topics = Set.copyOf(topics);
  }
}
