package org.safar.outreach;

import java.time.LocalDate;

/**
 * A campaign in a list, with its events' attendance (persons) and reach (non-unique contacts), kept
 * as two figures that are never added.
 */
public record CampaignRow(
    long id,
    String title,
    String projectTitle,
    String orgUnitName,
    LocalDate startsOn,
    LocalDate endsOn,
    long events,
    long people,
    long reach) {}
