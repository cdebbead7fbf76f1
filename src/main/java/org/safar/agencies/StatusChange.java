package org.safar.agencies;

import java.time.Instant;
import java.time.LocalDate;

/** One step of an agency's status history, with the list that said so. */
public record StatusChange(
    AgencyStatus status,
    AgencyStatus previous,
    LocalDate effectiveOn,
    String listSource,
    Instant recordedAt,
    String recordedBy) {}
