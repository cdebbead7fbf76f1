package org.safar.dialogue;

import java.time.LocalDate;

/** A knowledge product as typed. */
public record ProductDraft(
    Long projectId,
    Long orgUnitId,
    ProductKind kind,
    String title,
    LocalDate publishedOn,
    String link,
    String note) {}
