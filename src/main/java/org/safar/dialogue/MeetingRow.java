package org.safar.dialogue;

import java.time.LocalDate;

/** A meeting in a list. */
public record MeetingRow(
    long id,
    LocalDate heldOn,
    MeetingKind kind,
    String title,
    String place,
    String projectTitle,
    long people,
    long countries) {}
