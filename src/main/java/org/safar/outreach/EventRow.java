package org.safar.outreach;

import java.time.LocalDate;

/** An event in a list: persons who attended and reach (non-unique contacts), never added. */
public record EventRow(
    long id,
    LocalDate heldOn,
    EventKind kind,
    String place,
    Long campaignId,
    String campaignTitle,
    String projectTitle,
    String orgUnitName,
    long people,
    long reach) {}
