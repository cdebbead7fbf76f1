package org.safar.dialogue;

import java.time.LocalDate;
import java.util.List;

/** A meeting as typed; participant lines with no country and no count are left out. */
public record MeetingDraft(
    Long projectId,
    Long orgUnitId,
    MeetingKind kind,
    String title,
    LocalDate heldOn,
    String place,
    String notes,
    List<ParticipationLine> participants) {

  /** One typed line: any part may be missing or wrong, and is then explained. */
  public record ParticipationLine(String countryCode, OrganisationType type, Integer people) {}
}
