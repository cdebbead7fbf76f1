package org.safar.results;

import java.time.LocalDate;
import java.util.List;

/** What the M&E officer enters for a framework; no org unit means the project's owner unit. */
public record FrameworkDraft(
    List<Long> orgUnitIds,
    LocalDate startsOn,
    LocalDate endsOn,
    int genderMarker,
    int humanRightsMarker,
    int childMarker) {

  public FrameworkDraft {
    orgUnitIds = orgUnitIds == null ? List.of() : List.copyOf(orgUnitIds);
  }
}
