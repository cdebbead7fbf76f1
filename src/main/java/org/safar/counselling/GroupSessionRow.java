package org.safar.counselling;

import java.time.LocalDate;

/** A group session in the list: what, when, where, and how many came. */
public record GroupSessionRow(
    long id,
    long mrcId,
    GroupSessionKind kind,
    LocalDate heldOn,
    String place,
    long people,
    long registered) {}
