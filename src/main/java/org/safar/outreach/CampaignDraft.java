package org.safar.outreach;

import java.time.LocalDate;
import java.util.Set;

/** A campaign as typed. */
public record CampaignDraft(
    Long projectId,
    Long orgUnitId,
    String title,
    String objective,
    Set<Audience> audiences,
    Set<CampaignChannel> channels,
    LocalDate startsOn,
    LocalDate endsOn,
    String materials) {}
