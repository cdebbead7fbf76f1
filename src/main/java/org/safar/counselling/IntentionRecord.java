package org.safar.counselling;

import java.time.LocalDate;

/** The intention a client stated on a day, at intake or at a follow-up. */
public record IntentionRecord(
    String stage, Intention intention, int likelihood, LocalDate recordedOn) {}
