package org.safar.outreach;

import java.time.LocalDate;
import java.util.Map;

/**
 * An event as typed. With a campaign, the project and org unit are the campaign's. Counts are keyed
 * "SEX/AGE_BAND"; reach is non-unique contacts.
 */
public record EventDraft(
    Long campaignId,
    Long projectId,
    Long orgUnitId,
    EventKind kind,
    LocalDate heldOn,
    String place,
    Long reach,
    String notes,
    Map<String, Integer> counts) {}
