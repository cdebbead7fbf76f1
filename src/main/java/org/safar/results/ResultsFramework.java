package org.safar.results;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's results framework: the org units whose records count for it (each with everything
 * beneath it) and the days it covers, with its IATI policy markers (significance 0–4).
 */
public record ResultsFramework(
    Long id,
    long programmeId,
    List<Long> orgUnitIds,
    LocalDate startsOn,
    LocalDate endsOn,
    int genderMarker,
    int humanRightsMarker,
    int childMarker,
    int version) {

  public ResultsFramework {
    orgUnitIds = List.copyOf(orgUnitIds);
  }

  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
