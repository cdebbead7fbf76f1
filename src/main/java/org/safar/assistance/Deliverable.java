package org.safar.assistance;

import java.time.LocalDate;

/** A product of an action (a draft law, a strategy, a handbook, …) and how far it has come. */
public record Deliverable(
    long id,
    long actionId,
    DeliverableKind kind,
    String title,
    DeliverableStatus status,
    LocalDate statusDate,
    int version) {}
