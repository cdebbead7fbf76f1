package org.safar.assistance;

import java.time.LocalDate;

/** What is typed for a deliverable, before it is checked. */
public record DeliverableDraft(
    DeliverableKind kind, String title, DeliverableStatus status, LocalDate statusDate) {}
