package org.safar.outreach;

import java.time.LocalDate;
import java.util.Set;

/** An awareness campaign under a project, run by an org unit (often an MRC). */
public record Campaign(
    long id,
    long projectId,
    String projectTitle,
    long orgUnitId,
    String orgUnitName,
    String title,
    String objective,
    Set<Audience> audiences,
    Set<CampaignChannel> channels,
    LocalDate startsOn,
    LocalDate endsOn,
    String materials,
    int version) {

  public Campaign {
    audiences = Set.copyOf(audiences);
    channels = Set.copyOf(channels);
  }
}
