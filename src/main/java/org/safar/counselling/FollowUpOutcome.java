package org.safar.counselling;

import java.time.LocalDate;

/**
 * What a follow-up call found: whether the client was reached, what came of it, their intention
 * asked again, and optionally the day of the next follow-up.
 */
public record FollowUpOutcome(
    boolean reached, String outcome, Intention intention, Integer likelihood, LocalDate nextOn) {}
