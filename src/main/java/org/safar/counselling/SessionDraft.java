package org.safar.counselling;

import java.time.LocalDate;
import java.util.Set;

/**
 * A session as the counsellor records it, with the client's stated intention (asked at intake and
 * at later contacts) and, optionally, the day of the next follow-up.
 */
public record SessionDraft(
    Channel channel,
    LocalDate heldOn,
    Integer durationMinutes,
    Set<Topic> topics,
    String materials,
    String notes,
    boolean referralNeeded,
    String nextStep,
    Long inquiryId,
    Intention intention,
    Integer likelihood,
    LocalDate followUpOn) {}
